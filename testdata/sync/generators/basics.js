function* counter(limit) {
  for (let i = 1; i <= limit; i++) {
    const cmd = yield i;
    if (cmd === 'reset') i = 0;
  }
  return 'finished';
}
const g = counter(3);
console.log(g.next(), g.next(), g.next('reset'), g.next(), g.next(), g.next(), g.next(), g.next());
console.log([...counter(4)], Object.prototype.toString.call(counter(1)), typeof g[Symbol.iterator]);
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const firstTen = [];
for (const f of fib()) { if (firstTen.length === 10) break; firstTen.push(f); }
console.log(firstTen);
