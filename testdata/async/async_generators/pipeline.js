// A stream pipeline: batching, concurrency-limited mapping, merging two feeds.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function* numbers(n, delay) { for (let i = 1; i <= n; i++) { await sleep(delay); yield i; } }
async function* batch(src, size) { let b = []; for await (const x of src) { b.push(x); if (b.length === size) { yield b; b = []; } } if (b.length) yield b; }
async function* mapConcurrent(src, fn) { for await (const group of src) yield* await Promise.all(group.map(fn)); }
async function* merge(...sources) {
  const its = sources.map(s => s[Symbol.asyncIterator]());
  const pending = new Map(its.map((it, i) => [i, it.next().then(r => ({ r, i }))]));
  while (pending.size) {
    const { r, i } = await Promise.race(pending.values());
    if (r.done) { pending.delete(i); continue; }
    pending.set(i, its[i].next().then(r => ({ r, i })));
    yield `${i}:${r.value}`;
  }
}
async function reduce(src, f, init) { let acc = init; for await (const x of src) acc = f(acc, x); return acc; }
(async () => {
  for await (const b of batch(numbers(7, 1), 3)) console.log('batch', b);
  const squares = mapConcurrent(batch(numbers(5, 1), 2), async x => { await sleep(6 - x); return x * x; });
  console.log(await reduce(squares, (a, x) => [...a, x], []));
  const merged = [];
  for await (const v of merge(numbers(3, 5), numbers(3, 7))) merged.push(v);
  console.log(merged.length, merged.sort());
})();
