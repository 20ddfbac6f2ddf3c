// An async iterable written by hand, consumed by for await, yield* and manual next calls.
const ticker = {
  [Symbol.asyncIterator]() {
    let n = 0;
    return {
      next: () => new Promise(r => setTimeout(() => r(n < 3 ? { value: `tick${n++}`, done: false } : { value: 'end', done: true }), 1)),
      return: async () => { console.log('ticker return'); return { done: true }; },
    };
  },
};
async function* relay() { const r = yield* ticker; console.log('relay got', r); }
(async () => {
  for await (const t of ticker) console.log(t);
  for await (const t of relay()) console.log('relayed', t);
  const it = ticker[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next());
  for await (const t of ticker) { console.log('first only', t); break; }
})();
