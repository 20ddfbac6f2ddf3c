class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi; }
  *[Symbol.iterator]() { for (let i = this.lo; i < this.hi; i++) yield i; }
  static *of(...xs) { yield* xs; }
}
const r = new Range(2, 6);
console.log([...r], Array.from(r).length);
const [first, second] = r;
console.log(first, second);
for (const x of Range.of("p", "q")) console.log(x);
console.log(new Set(r).has(4));
