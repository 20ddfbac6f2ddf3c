// Assignment patterns evaluate a member target before stepping the iterator,
// and close it when that target throws; a generator return()ed at a yield
// inside a pattern closes the iterator and reports return()'s error or a
// non-object result, while throw() keeps its own exception.
function mk(tag, opts = {}) {
  const log = [];
  const iterator = {
    next() { log.push('next'); if (opts.nextThrows) throw new Error('next threw'); return { done: opts.done ?? false, value: opts.undef ? undefined : 1 }; },
    return() { log.push('return'); if (opts.retThrows) throw new Error('return threw'); return opts.retNull ? null : {}; },
  };
  return { it: { [Symbol.iterator]() { return iterator; } }, log, tag };
}
const thrower = () => { throw new Error('target threw'); };
for (const [name, f] of [
  ['member target throws', (m) => { [{}[thrower()]] = m.it; }],
  ['rest target throws', (m) => { [...{}[thrower()]] = m.it; }],
  ['trailing', (m) => { [{}[thrower()], ] = m.it; }],
  ['second target', (m) => { let o = {}; [o.a, {}[thrower()]] = m.it; }],
  ['for-of head', (m) => { for ([{}[thrower()]] of [m.it]); }],
  ['object pattern', (m) => { ({ a: {}[thrower()] } = { get a() { m.log.push('get a'); return 1; } }); }],
]) {
  const m = mk(name);
  try { f(m); console.log(name, 'no error'); } catch (e) { console.log(name, e.message); }
  console.log(' ', m.log.join(','));
}
function* g(m) { [...{}[yield]] = m.it; }
for (const opts of [{ nextThrows: true }, { retThrows: true }, { retNull: true }, {}]) {
  const m = mk('gen', opts);
  const it = g(m);
  it.next();
  try { console.log(JSON.stringify(opts), it.return(444)); } catch (e) { console.log(JSON.stringify(opts), e.constructor.name, e.message); }
  console.log(' ', m.log.join(','));
}
function* g2(m) { [{}[yield], x] = m.it; }
var x;
for (const opts of [{ retThrows: true }, {}]) {
  const m = mk('gen2', opts);
  const it = g2(m);
  it.next();
  try { console.log(it.throw(new Error('thrown in'))); } catch (e) { console.log(e.message); }
  console.log(' ', m.log.join(','));
}
function* g3(m) { for (const [a = yield] of [m.it]) ; }
for (const opts of [{ retThrows: true }, { retNull: true }, {}]) {
  const m = mk('gen3', { ...opts, undef: true });
  const it = g3(m);
  console.log(it.next());
  try { console.log(it.return(5)); } catch (e) { console.log(e.constructor.name, e.message); }
  console.log(' ', m.log.join(','));
}
