// for await closes its iterator on break, return, throw and continue of an outer loop, awaiting return().
function source(name, n, log) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { log.push(name + ' get'); return this; },
    next() { log.push(name + ' next'); return new Promise(r => setTimeout(() => r({ value: i++, done: i > n }), 1)); },
    return(v) { log.push(name + ' return'); return new Promise(r => setTimeout(() => { log.push(name + ' return settled'); r({ done: true }); }, 2)); },
  };
}
(async () => {
  let log = [];
  for await (const x of source('brk', 5, log)) { if (x === 1) break; }
  log.push('after break'); console.log(log);
  log = [];
  async function early() { for await (const x of source('ret', 5, log)) { if (x === 0) return 'r'; } }
  console.log(await early(), log);
  log = [];
  try { for await (const x of source('thr', 5, log)) { throw new Error('e' + x); } } catch (e) { log.push('caught ' + e.message); }
  console.log(log);
  log = [];
  outer: for (const y of [1, 2]) { for await (const x of source('cont' + y, 5, log)) { continue outer; } }
  console.log(log);
  log = [];
  for await (const x of source('full', 2, log)) log.push('x' + x);
  console.log(log);
  const badReturn = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: () => 42 }; } };
  try { for await (const x of badReturn) break; } catch (e) { console.log(e.constructor.name, e.message); }
  const throwingReturn = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return() { throw new Error('return threw'); } }; } };
  try { for await (const x of throwingReturn) throw new Error('body'); } catch (e) { console.log('wins:', e.message); }
  try { for await (const x of throwingReturn) break; } catch (e) { console.log('break:', e.message); }
  const badNext = { [Symbol.asyncIterator]() { return { next: () => 7 }; } };
  try { for await (const x of badNext) ; } catch (e) { console.log(e.message); }
  const rejectNext = { [Symbol.asyncIterator]() { return { next: () => Promise.reject(new Error('next rejected')), return() { console.log('not called'); } }; } };
  try { for await (const x of rejectNext) ; } catch (e) { console.log(e.message); }
})();
