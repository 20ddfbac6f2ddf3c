// Iteration sees entries added during the loop and skips deleted ones.
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const seen = [];
for (const [k, v] of m) {
  seen.push(k);
  if (k === 'a') { m.delete('b'); m.set('d', 4); }
  if (k === 'c') m.set('a', 100);
}
console.log(seen, [...m]);
// Re-adding a deleted key moves it to the end.
m.delete('a');
m.set('a', 'back');
console.log([...m.keys()]);
// clear() during forEach ends the loop; adding after clear continues.
const log = [];
const m2 = new Map([[1, 'x'], [2, 'y'], [3, 'z']]);
m2.forEach((v, k, map) => {
  log.push(k);
  if (k === 1) { map.clear(); map.set(9, 'nine'); }
});
console.log(log, m2);
// An iterator created before changes still follows the map.
const m3 = new Map([[1, 1]]);
const it = m3.entries();
m3.set(2, 2);
console.log(it.next(), it.next(), it.next(), it.next());
m3.set(3, 3);
console.log(it.next().done, [...m3.values()]);
// Spread of a live iterator consumes it.
const it2 = new Map([['p', 1], ['q', 2]]).keys();
it2.next();
console.log([...it2], [...it2]);
// forEach's thisArg and arguments.
new Map([['k', 'v']]).forEach(function (value, key, map) {
  console.log(this.label, value, key, map instanceof Map, arguments.length);
}, { label: 'ctx' });
