function* naturals() { let n = 1; while (true) yield n++; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
const squaresOfOdds = take(map(filter(naturals(), x => x % 2), x => x * x), 6);
console.log([...squaresOfOdds]);
function* chunk(arr, size) { for (let i = 0; i < arr.length; i += size) yield arr.slice(i, i + size); }
console.log([...chunk([1, 2, 3, 4, 5, 6, 7], 3)]);
function* zip(...its) {
  const iters = its.map(i => i[Symbol.iterator]());
  while (true) {
    const rs = iters.map(i => i.next());
    if (rs.some(r => r.done)) return;
    yield rs.map(r => r.value);
  }
}
console.log([...zip('abc', [1, 2, 3, 4], naturals())]);
