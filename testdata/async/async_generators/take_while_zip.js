async function* count(start = 0) { for (let i = start; ; i++) yield i; }
async function* takeWhile(it, p) { for await (const x of it) { if (!p(x)) return; yield x; } }
async function* zip(a, b) { const ia = a[Symbol.asyncIterator](), ib = b[Symbol.asyncIterator](); try { while (true) { const [x, y] = await Promise.all([ia.next(), ib.next()]); if (x.done || y.done) return; yield [x.value, y.value]; } } finally { await ia.return?.(); await ib.return?.(); console.log('zip closed both'); } }
async function toArray(it) { const out = []; for await (const x of it) out.push(x); return out; }
(async () => {
  console.log(await toArray(takeWhile(count(), x => x < 5)));
  console.log(await toArray(zip(takeWhile(count(10), x => x < 13), count(100))));
})();
