function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, n) { if (n <= 0) return; for (const x of it) { yield x; if (--n === 0) return; } }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
console.log([...take(filter(map(naturals(), (x) => x * x), (x) => x % 2 === 1), 5)]);
function* primes() { const seen = []; for (const n of naturals()) { if (n < 2) continue; if (seen.every((p) => n % p)) { seen.push(n); yield n; } } }
console.log([...take(primes(), 10)]);
