// Infinite BigInt sequences (Fibonacci, factorials, Collatz) taken lazily
// with a generic take/nth/takeWhile written as generators.
function* fib() {
  let [a, b] = [0n, 1n];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
function* factorials() {
  let f = 1n;
  for (let n = 1n; ; n++) yield (f *= n);
}
function* collatz(n) {
  while (n !== 1n) {
    yield n;
    n = n % 2n === 0n ? n / 2n : 3n * n + 1n;
  }
  yield 1n;
}
function* take(it, n) {
  for (const x of it) {
    if (n-- <= 0) return;
    yield x;
  }
}
function* takeWhile(it, p) {
  for (const x of it) {
    if (!p(x)) return;
    yield x;
  }
}
function nth(it, n) {
  for (const x of it) if (n-- === 0) return x;
}
console.log([...take(fib(), 15)].join(' '));
console.log(String(nth(fib(), 100)));
console.log(String(nth(factorials(), 24)));
console.log([...takeWhile(factorials(), (f) => f < 10n ** 12n)].length);
const steps = [...collatz(27n)];
console.log(steps.length, String(steps.reduce((m, x) => (x > m ? x : m))));
console.log(typeof nth(fib(), 3), [...take(collatz(6n), 4)]);
