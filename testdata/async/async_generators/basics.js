const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function* ag(n) {
  try {
    for (let i = 0; i < n; i++) {
      const got = yield sleep(2, i);
      if (got) console.log('got', got);
    }
    return Promise.resolve('ret');
  } finally {
    console.log('ag finally');
  }
}
(async () => {
  const it = ag(3);
  console.log(it, Object.prototype.toString.call(it), it[Symbol.asyncIterator]() === it);
  console.log(await it.next(), await it.next('a'), await it.next('b'), await it.next(), await it.next());
  for await (const x of ag(3)) { console.log('x', x); if (x === 1) break; }
  const it2 = ag(5);
  const ps = [it2.next(), it2.next(), it2.return('early'), it2.next()];
  console.log(await Promise.all(ps));
  const it3 = ag(5); await it3.next();
  try { await it3.throw(new Error('boom')); } catch (e) { console.log('thrown', e.message); }
  console.log(await it3.next());
  async function* deleg() { const r = yield* ag(2); console.log('deleg got', r); yield* [sleep(1, 'p'), 'q']; return 'D'; }
  const out = []; for await (const v of deleg()) out.push(v); console.log(out);
  const it4 = ag(3); console.log(await it4.return(sleep(1, 'R')), await it4.next());
  const it5 = ag(3); try { await it5.throw(new Error('start')); } catch (e) { console.log(e.message); } console.log(await it5.next());
  const o = { async *m() { yield this === o; } };
  console.log(await o.m().next());
})();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
