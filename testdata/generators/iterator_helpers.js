// Hand-written iterables and generators together, as libraries use them.
class Range {
  constructor(from, to, step = 1) { Object.assign(this, { from, to, step }); }
  *[Symbol.iterator]() { for (let v = this.from; v < this.to; v += this.step) yield v; }
}
const chunk = function* (it, n) { let buf = []; for (const x of it) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } } if (buf.length) yield buf; };
const enumerate = function* (it) { let i = 0; for (const x of it) yield [i++, x]; };
const flatten = function* f(x) { if (Array.isArray(x)) for (const y of x) yield* f(y); else yield x; };
console.log([...new Range(0, 10, 3)], [...chunk(new Range(0, 7), 3)]);
for (const [i, v] of enumerate('abc')) console.log(i, v);
console.log([...flatten([1, [2, [3, [4, [5]]]], 6])]);
const entries = Object.entries({ a: 1, b: 2 });
function* mapEntries(o, f) { for (const [k, v] of Object.entries(o)) yield [k, f(v)]; }
console.log(Object.fromEntries(mapEntries({ x: 1, y: 2 }, v => v * 10)), entries);
const gen = (function* () { yield 1; yield 2; yield 3; })();
const [first, ...others] = gen; console.log(first, others, [...gen]);
function* idGen() { let id = 0; while (true) { const reset = yield ++id; if (reset) id = 0; } }
const ids = idGen(); console.log(ids.next().value, ids.next().value, ids.next(true).value, ids.next().value);
console.log(Array.from({ length: 3 }, (_, i) => i), Array.from(new Range(1, 4), x => x ** 2));
const s = new Set(flatten([[1, 1], [2, [3, 3]]])); console.log(s);
console.log(String.prototype.concat(...new Range(0, 3)));
