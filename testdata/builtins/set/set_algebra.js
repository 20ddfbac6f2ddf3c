// Union, intersection, difference and subset written the way node 20 code does.
const a = new Set([1, 2, 3, 4]);
const b = new Set([3, 4, 5]);
const union = new Set([...a, ...b]);
const intersection = new Set([...a].filter(x => b.has(x)));
const difference = new Set([...a].filter(x => !b.has(x)));
const symmetric = new Set([...a].filter(x => !b.has(x)).concat([...b].filter(x => !a.has(x))));
console.log(union, intersection, difference, symmetric);
const isSubset = (x, y) => [...x].every(v => y.has(v));
console.log(isSubset(new Set([3, 4]), a), isSubset(b, a), isSubset(new Set(), b));
console.log(typeof a.union, typeof a.isSubsetOf);
// forEach passes (value, value, set).
a.forEach(function (v, k, set) {
  if (v === 1) console.log(v === k, set === a, this === undefined);
});
a.forEach(function () { console.log(this.tag); }, { tag: 'bound' }) || null;
// Deleting during forEach skips later removed values; added values are visited.
const visited = [];
const live = new Set([1, 2, 3]);
live.forEach(v => {
  visited.push(v);
  if (v === 1) { live.delete(2); live.add(4); }
});
console.log(visited);
// Adding a value twice during iteration does not loop forever.
const grow = new Set([0]);
for (const v of grow) if (v < 5) grow.add(v + 1);
console.log([...grow]);
// Sets of strings for membership tests.
const stop = new Set(['the', 'a', 'of']);
console.log('the cat of a hat'.split(' ').filter(w => !stop.has(w)).join(' '));
