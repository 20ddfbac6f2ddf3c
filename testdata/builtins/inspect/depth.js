Error.stackTraceLimit = 0;
// Nesting past depth 2 collapses to [Object] / [Array] / [ClassName].
const deep = { l1: { l2: { l3: { l4: 'hidden' } } } };
console.log(deep);
console.log({ a: [[[[1]]]] });
console.log([[[[1, 2], 3], 4], 5]);
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log({ a: { b: { p: new Point(1, 2), arr: [1], m: new Map([[1, 2]]), s: new Set([1]) } } });
console.log({ a: { b: { empty: {}, emptyArr: [], fn() {}, d: new Date(0), r: /x/ } } });
console.log({ a: { b: { c: Object.create(null), e: new RangeError('deep') } } });
const nullProto = Object.create(null);
nullProto.k = 1;
console.log({ a: { b: { c: nullProto } } });
console.log([{ a: { b: { c: {} } } }]);
console.log({ one: { two: { three: { four: {} } } } });
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir([[[[[[1]]]]]], { depth: 3 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: 5 });
