// console.log of every iterator kind: generators, async generators, array,
// Map/Set (entries listed, only the remaining ones), string and regexp
// string iterators, generator functions and their prototypes.
function* g() { yield 1; }
async function* ag() {}
console.log(g());
console.log(ag());
console.log([1, 2][Symbol.iterator]());
console.log([1, 2].entries(), [1,2].keys(), [1,2].values());
console.log(new Map([[1, 2], ['a', {b: 1}]]).entries());
console.log(new Map([[1, 2]]).keys(), new Map([[1, 2]]).values());
console.log(new Set([1, 2]).values(), new Set([1, 2]).entries());
console.log(new Map([[1, 2]])[Symbol.iterator]());
console.log('ab'[Symbol.iterator]());
console.log('ab'.matchAll(/a/g));
console.log(g);
console.log(ag);
console.log(Object.getPrototypeOf(g));
console.log(Object.getPrototypeOf(ag));
console.log(g.prototype, ag.prototype);
console.log(Object.getPrototypeOf(g.prototype));
console.log(Object.getPrototypeOf(ag.prototype));
const it = new Map([[1, 2], [3, 4]]).entries(); it.next();
console.log(it);
const ai = [1, 2, 3].values(); ai.next();
console.log(ai);
console.log([g(), ag()]);
console.log({ it: [1].values(), m: new Set([5]).values() });
const gen = g(); gen.next(); gen.next();
console.log(gen);
class C { *[Symbol.iterator]() {} static async *s() {} }
console.log(new C()[Symbol.iterator](), C.s());
console.log(Object.getPrototypeOf([][Symbol.iterator]()));
console.log(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(String(g()), `${[].values()}`, Object.prototype.toString.call(new Map().keys()));
const gg = g(); gg.x = 1; console.log(gg);
