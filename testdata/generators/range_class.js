// An iterable Range class: a generator method as [Symbol.iterator], reverse
// and entries views, a step, static helpers, and its use with every consumer.
class Range {
  constructor(start, end, step = 1) {
    if (step === 0) throw new RangeError('step must not be 0');
    Object.assign(this, { start, end, step });
  }
  *[Symbol.iterator]() {
    const { start, end, step } = this;
    for (let i = start; step > 0 ? i < end : i > end; i += step) yield i;
  }
  *reverse() {
    yield* [...this].reverse();
  }
  *entries() {
    let i = 0;
    for (const v of this) yield [i++, v];
  }
  get length() {
    let n = 0;
    for (const _ of this) n++;
    return n;
  }
  static *zip(a, b) {
    const ib = b[Symbol.iterator]();
    for (const x of a) {
      const r = ib.next();
      if (r.done) return;
      yield [x, r.value];
    }
  }
}
const r = new Range(0, 10, 3);
console.log([...r], r.length, [...r.reverse()]);
console.log([...new Range(5, 0, -2)]);
console.log(Object.fromEntries(new Range(1, 4).entries()));
console.log(Math.max(...new Range(-5, 5)), Array.from(new Range(0, 3), (x) => x * x));
console.log(new Set(new Range(0, 3)), [...Range.zip(new Range(0, 100), 'xyz')]);
const [a, b, ...rest] = new Range(10, 15);
console.log(a, b, rest);
try {
  new Range(0, 1, 0);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(typeof Range.prototype[Symbol.iterator], Object.prototype.toString.call(r[Symbol.iterator]()));
