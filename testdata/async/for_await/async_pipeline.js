async function* from(arr) { for (const x of arr) { await null; yield x; } }
async function* map(it, f) { for await (const x of it) yield await f(x); }
async function* filter(it, p) { for await (const x of it) if (await p(x)) yield x; }
async function* take(it, n) { if (n <= 0) return; for await (const x of it) { yield x; if (--n === 0) return; } }
async function toArray(it) { const out = []; for await (const x of it) out.push(x); return out; }
(async () => {
  const r = await toArray(take(filter(map(from([1, 2, 3, 4, 5, 6, 7, 8]), async (x) => x * 3), (x) => x % 2 === 0), 2));
  console.log(r);
})();
