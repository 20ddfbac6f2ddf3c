function ticker(name, ms, n) { return (async function* () { for (let i = 0; i < n; i++) { await new Promise((r) => setTimeout(r, ms)); yield name + i; } })(); }
async function* merge(...its) {
  const pending = new Map(its.map((it, i) => [i, it.next().then((r) => ({ r, i }))]));
  while (pending.size) { const { r, i } = await Promise.race(pending.values()); if (r.done) { pending.delete(i); continue; } pending.set(i, its[i].next().then((r) => ({ r, i }))); yield r.value; }
}
(async () => { const out = []; for await (const v of merge(ticker("a", 50, 3), ticker("b", 125, 2))) { out.push(v); console.log(v); } console.log(out.length); })();
