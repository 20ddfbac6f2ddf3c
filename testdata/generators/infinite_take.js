function* primes() { const found = []; for (let n = 2; ; n++) { if (found.every(p => n % p)) { found.push(n); yield n; } } }
function* take(n, it) { for (const x of it) { if (n-- <= 0) return; yield x; } }
console.log([...take(15, primes())]);
function* collatz(n) { while (n !== 1) { yield n; n = n % 2 ? 3 * n + 1 : n / 2; } yield 1; }
console.log([...collatz(27)].length, Math.max(...collatz(27)));
