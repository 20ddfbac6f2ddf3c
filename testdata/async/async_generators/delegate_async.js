// yield* in async generators: async and sync inner iterables, return/throw forwarding.
async function* inner() {
  try { yield 'i1'; yield 'i2'; return 'inner done'; }
  finally { console.log('inner finally'); }
}
async function* outer() {
  const r = yield* inner();
  console.log('yield* gave', r);
  yield* ['s1', Promise.resolve('s2')];
  yield* { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve({ value: 'c' + i, done: i++ >= 2 }) }; } };
}
(async () => {
  const out = [];
  for await (const v of outer()) out.push(v);
  console.log(out);
  const it = outer();
  console.log(await it.next(), await it.return('stop'), await it.next());
  const it2 = outer();
  await it2.next();
  try { await it2.throw(new Error('into inner')); } catch (e) { console.log('caught', e.message); }
  async function* bad() { yield* 5; }
  try { await bad().next(); } catch (e) { console.log(e.constructor.name, e.message); }
  async function* noThrow() { yield* { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => { console.log('closed'); return {}; } }; } }; }
  const it3 = noThrow(); await it3.next();
  try { await it3.throw('x'); } catch (e) { console.log(e.constructor.name, e.message); }
})();
