class Range {
  constructor(start, end, step = 1) { Object.assign(this, { start, end, step }); }
  [Symbol.iterator]() {
    let cur = this.start;
    const { end, step } = this;
    return { next: () => (cur < end ? { value: (cur += step) - step, done: false } : { value: undefined, done: true }), [Symbol.iterator]() { return this; } };
  }
  get length() { return Math.max(0, Math.ceil((this.end - this.start) / this.step)); }
}
const r = new Range(0, 10, 3);
console.log([...r], r.length, Array.from(r, (x) => x * x), Math.max(...r));
const [first, , third, ...rest] = new Range(1, 8);
console.log(first, third, rest);
for (const x of new Range(0, 3)) for (const y of new Range(0, x)) console.log(x, y);
function take(iterable, n) { const out = []; for (const v of iterable) { if (out.length >= n) break; out.push(v); } return out; }
const naturals = { [Symbol.iterator]() { let i = 0; return { next: () => ({ value: i++, done: false }), return() { console.log('closed naturals'); return { done: true }; } }; } };
console.log(take(naturals, 5));
const entries = new Map(Object.entries({ x: 1, y: 2 })).entries();
console.log(entries.next(), [...entries], entries.next());
const it = [10, 20, 30][Symbol.iterator]();
it.next();
console.log([...it], Object.prototype.toString.call(it));
const chars = 'héllo'[Symbol.iterator]();
console.log(chars.next().value, [...chars].join('|'));
console.log(Object.fromEntries(new Range(0, 3).constructor === Range ? [['ok', true]] : []), new Set(new Range(0, 5)).has(4));
