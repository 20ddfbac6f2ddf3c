function take(iterable, n) {
  const out = [];
  for (const v of iterable) {
    if (out.length >= n) break;
    out.push(v);
  }
  return out;
}
const powers = { *[Symbol.iterator]() { for (let p = 1; ; p *= 2) yield p; } };
console.log(take(powers, 11));
const cycle = { *[Symbol.iterator]() { while (true) yield* ['r', 'g', 'b']; } };
console.log(take(cycle, 7).join(''));
