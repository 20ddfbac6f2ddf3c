// structuredClone: deep copies, shared references, cycles and the types it refuses.
const shared = { n: 1 };
const original = {
  date: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
  map: new Map([['k', shared]]),
  set: new Set([1, 'two']),
  list: [shared, shared],
  re: /ab+c/gi,
  nested: { deep: { deeper: [1, [2, [3]]] } },
  big: 10n,
  neg: -0,
  nan: NaN,
  undef: undefined,
};
const copy = structuredClone(original);
console.log(copy);
console.log(copy.list[0] === copy.list[1], copy.list[0] === shared, copy.map.get('k') === copy.list[0]);
console.log(copy.date instanceof Date, copy.date.getTime() === original.date.getTime(), copy.date !== original.date);
console.log(copy.re.lastIndex, copy.re.flags, Object.is(copy.neg, -0), 'undef' in copy);
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
const cc = structuredClone(cyclic);
console.log(cc.self === cc, cc !== cyclic);
// Class instances lose their prototype; getters are read into data.
class Temp { constructor() { this.c = 20; } get f() { return this.c * 9 / 5 + 32; } }
const t = structuredClone(new Temp());
console.log(t, t instanceof Temp, Object.getPrototypeOf(t) === Object.prototype);
console.log(structuredClone({ get g() { return 'read'; } }));
// Sparse arrays keep holes; extra props on arrays are kept.
const arr = [1, , 3];
arr.extra = 'x';
console.log(structuredClone(arr));
// Boxed primitives and errors.
console.log(structuredClone(new Number(5)), structuredClone(new String('s')));
const err = structuredClone(new RangeError('bad range'));
console.log(err instanceof RangeError, err.message, err.name);
// Things that cannot be cloned.
for (const bad of [() => 1, Symbol('s'), { f() {} }, new WeakMap()]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.message); }
}
console.log(structuredClone(1), structuredClone("s"), structuredClone(null), structuredClone(undefined));
try { structuredClone(); console.log('no args ok'); } catch (e) { console.log(e.message); }
