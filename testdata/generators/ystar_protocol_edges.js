// yield* protocol edges: an inner iterator without throw (closed, then a
// TypeError), without return (return completes the outer), next results
// read lazily (value only when not done), a non-object result, and the
// getters of the result read each once.
const log = [];
function iter(opts) {
  return {
    [Symbol.iterator]() { return this; },
    next(v) {
      log.push('next(' + v + ')');
      if (opts.bad) return 42;
      const r = {};
      let n = (opts.n = (opts.n || 0) + 1);
      Object.defineProperty(r, 'done', { get() { log.push('get done'); return n > 2; } });
      Object.defineProperty(r, 'value', { get() { log.push('get value'); return 'v' + n; } });
      return r;
    },
    ...(opts.noReturn ? {} : { return(v) { log.push('return(' + v + ')'); return { done: true, value: 'R' }; } }),
    ...(opts.noThrow ? {} : { throw(e) { log.push('throw(' + e + ')'); return { done: true, value: 'T' }; } }),
  };
}
function* outer(opts) {
  const r = yield* iter(opts);
  log.push('yield* gave ' + r);
  return r;
}
function run(label, opts, drive) {
  log.length = 0;
  const g = outer(opts);
  try {
    drive(g);
  } catch (e) {
    log.push('threw ' + e.constructor.name + ': ' + e.message);
  }
  console.log(label + ':', log.join(' | '));
}
run('drain', {}, (g) => log.push(JSON.stringify([...g])));
run('throw', {}, (g) => { g.next(); log.push(JSON.stringify(g.throw('E'))); });
run('no throw', { noThrow: true }, (g) => { g.next(); g.throw('E'); });
run('no throw no return', { noThrow: true, noReturn: true }, (g) => { g.next(); g.throw('E'); });
run('return', {}, (g) => { g.next('a'); log.push(JSON.stringify(g.return('X'))); });
run('no return', { noReturn: true }, (g) => { g.next(); log.push(JSON.stringify(g.return('X'))); });
run('bad result', { bad: true }, (g) => g.next());
