// Building Sets from strings, arrays with holes, Map views, generators and array-likes.
console.log(new Set([1, , 3]), new Set(new Array(3)).size, [...new Set([, undefined])]);
const m = new Map([['k1', 'v'], ['k2', 'v']]);
console.log(new Set(m.keys()), new Set(m.values()), new Set(m).size);
function* letters() { yield* 'abca'; }
console.log(new Set(letters()));
try { new Set({ length: 2, 0: 'a', 1: 'b' }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Set(Array.from({ length: 2, 0: 'a', 1: 'b' })));
// The iterable's elements are added in order, even when iteration has side effects.
const side = [];
const iterable = {
  *[Symbol.iterator]() { side.push('start'); yield 'x'; side.push('mid'); yield 'y'; side.push('end'); },
};
console.log(new Set(iterable), side);
// A throwing iterator propagates and the set is never made.
const throwing = { *[Symbol.iterator]() { yield 1; throw new Error('boom'); } };
try { new Set(throwing); } catch (e) { console.log(e.message); }
// Set of Set contents copies the values, not the set.
const original = new Set([1, 2]);
const copy = new Set(original);
original.add(3);
console.log(copy.size, original.size);
// Strings iterate by code point.
console.log(new Set('a😀b😀').size, [...new Set('ee\u0301')]);
// Typed arrays and arguments are iterable.
console.log(new Set(new Uint8Array([1, 1, 2])), (function () { return new Set(arguments); })(1, 1, 2));
