function createLRU(capacity) {
  const map = new Map();
  let hits = 0, misses = 0;
  return {
    get(key) {
      if (!map.has(key)) { misses++; return undefined; }
      const v = map.get(key);
      map.delete(key);
      map.set(key, v);
      hits++;
      return v;
    },
    set(key, value) {
      if (map.has(key)) map.delete(key);
      else if (map.size >= capacity) map.delete(map.keys().next().value);
      map.set(key, value);
    },
    get stats() { return { hits, misses, size: map.size, keys: [...map.keys()] }; },
  };
}
const cache = createLRU(3);
['a', 'b', 'c'].forEach((k, i) => cache.set(k, i));
cache.get('a');
cache.set('d', 3);
console.log(cache.get('b'), cache.get('a'), cache.get('d'));
console.log(cache.stats);
const memo = (fn) => { const c = createLRU(100); return (n) => { let v = c.get(n); if (v === undefined) { v = fn(n); c.set(n, v); } return v; }; };
const fib = memo((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50), fib(90), [10, 20, 30].map(fib));
console.log(cache);
