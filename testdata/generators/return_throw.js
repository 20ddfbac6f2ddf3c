// Generator return()/throw() in every position.
const log = [];
function* g() {
  log.push('start');
  try {
    log.push('try');
    const x = yield 'first';
    log.push('x=' + x);
    yield 'second';
  } catch (e) {
    log.push('catch ' + e);
    yield 'from catch';
  } finally {
    log.push('finally');
  }
  log.push('after');
  return 'end';
}
function run(label, steps) {
  log.length = 0;
  const it = g();
  const results = [];
  for (const [m, v] of steps) {
    try { results.push(it[m](v)); } catch (e) { results.push('threw ' + e); }
  }
  console.log(label, JSON.stringify(results), log.join(','));
}
run('next*', [['next'], ['next', 1], ['next'], ['next']]);
run('throw in try', [['next'], ['throw', 'E'], ['next'], ['next']]);
run('throw in catch', [['next'], ['throw', 'E'], ['throw', 'F'], ['next']]);
run('return in catch', [['next'], ['throw', 'E'], ['return', 'R'], ['next']]);
run('return at start', [['return', 'R'], ['next']]);
run('throw at start', [['throw', 'T'], ['next']]);
run('return done', [['next'], ['next'], ['next'], ['next'], ['return', 'late']]);
run('throw done', [['next'], ['next'], ['next'], ['next'], ['throw', 'late']]);
function* loopFinally() { for (let i = 0; ; i++) { try { yield i; } finally { if (i === 1) { console.log('finally of', i); } } } }
const it = loopFinally(); it.next(); it.next(); console.log(it.return('bye'), it.next());
function* nested() { try { try { yield 1; } finally { console.log('f1'); } } finally { console.log('f2'); } }
const n = nested(); n.next();
try { n.throw('thrown'); } catch (e) { console.log('rethrown', e, n.next()); }
