const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
function makeIter(n, log) {
  let i = 0;
  return {
    [Symbol.asyncIterator]() { return this; },
    next() { log.push('next'); return Promise.resolve(i < n ? { value: i++, done: false } : { value: undefined, done: true }); },
    return() { log.push('return'); return sleep(5, { done: true }); },
  };
}
(async () => {
  const log = [];
  for await (const x of makeIter(3, log)) console.log('x', x);
  console.log(log);
  const log2 = [];
  for await (const x of makeIter(5, log2)) { if (x === 1) break; }
  console.log(log2);
  for await (const v of [1, Promise.resolve(2), sleep(3, 3)]) console.log('v', v);
  try { for await (const v of [1, Promise.reject(new Error('rej')), 3]) console.log('w', v); } catch (e) { console.log('caught', e.message); }
  const log3 = [];
  try { for await (const x of makeIter(5, log3)) { throw new Error('body'); } } catch (e) { console.log(e.message, log3); }
  async function f() { for await (const x of makeIter(5, [])) { return x + 100; } }
  console.log(await f());
  try { for await (const x of 5) {} } catch (e) { console.log(e.message); }
  let k; for await (k of new Set(['a', 'b'])) ; console.log(k);
})();
Promise.resolve().then(() => console.log('tick1')).then(() => console.log('tick2')).then(() => console.log('tick3'));
