// Map and Set iterator objects: protocol details, printing and reuse.
const m = new Map([['a', 1], ['b', 2]]);
const it = m[Symbol.iterator]();
console.log(it, Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
console.log(it.next(), it.next(), it.next(), it.next());
const keys = m.keys();
const vals = m.values();
keys.next();
console.log(keys, vals, [...keys], [...vals]);
const setIt = new Set(['x', 'y']).entries();
console.log(setIt, setIt.next().value);
console.log(new Set([1, 2]).values());
// The iterator prototypes chain to %IteratorPrototype%.
const mapIterProto = Object.getPrototypeOf(m.entries());
const iterProto = Object.getPrototypeOf(mapIterProto);
console.log(Object.getOwnPropertyNames(mapIterProto), iterProto === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(typeof iterProto[Symbol.iterator], mapIterProto[Symbol.toStringTag]);
// Destructuring and spread use the same protocol.
const [[k1, v1], second] = m;
console.log(k1, v1, second);
const pairs = Array.from(new Map([[1, 'one']]).entries());
console.log(pairs, Object.entries(Object.fromEntries(m)));
// Patching next on the prototype changes for-of over maps.
const origNext = mapIterProto.next;
mapIterProto.next = function () {
  const r = origNext.call(this);
  if (!r.done) r.value = [r.value[0].toUpperCase(), r.value[1]];
  return r;
};
for (const [k] of m) console.log('patched', k);
console.log([...m.keys()]);
mapIterProto.next = origNext;
for (const [k] of m) console.log('restored', k);
// An exhausted iterator stays done even after the map grows.
const done = m.values();
[...done];
m.set('c', 3);
console.log(done.next());
