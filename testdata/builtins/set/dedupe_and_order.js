// Sets for deduplication: insertion order, SameValueZero, and conversions.
const words = ['b', 'a', 'b', 'c', 'a', 'B'];
const unique = new Set(words);
console.log(unique, [...unique], Array.from(unique).sort(), unique.size);
console.log(new Set([NaN, NaN, 0, -0, '0', undefined, undefined, null]));
console.log([...new Set([-0])].map(x => Object.is(x, -0)), new Set([-0]).has(0));
console.log(new Set('hello'), new Set('😀😀a').size, [...new Set('\ud83d\ude00\ud83d')]);
const a = { id: 1 };
const objs = new Set([a, a, { id: 1 }]);
console.log(objs.size, objs.has(a), objs.has({ id: 1 }));
// add returns the set, so chaining works; delete reports removal.
const s = new Set().add(1).add(2).add(1);
console.log(s, s.delete(2), s.delete(2), s);
// Re-adding after delete puts the value at the end.
const order = new Set([1, 2, 3]);
order.delete(1);
order.add(1);
console.log([...order]);
// entries() gives [v, v]; keys is values.
console.log([...new Set(['x']).entries()], Set.prototype.keys === Set.prototype.values);
// Unique by a computed key, keeping the first.
const people = [{ n: 'ann', team: 1 }, { n: 'bob', team: 2 }, { n: 'cy', team: 1 }];
const seenTeams = new Set();
console.log(people.filter(p => !seenTeams.has(p.team) && seenTeams.add(p.team)).map(p => p.n));
// Counting distinct characters ignoring case.
console.log(new Set('Mississippi'.toLowerCase()).size);
// Set from a generator, and from another set (a copy).
function* gen() { yield 3; yield 1; yield 3; }
const fromGen = new Set(gen());
const copy = new Set(fromGen);
copy.add(9);
console.log(fromGen, copy);
