// Counting and grouping with Map, as log processors do.
const lines = [
  'GET /home 200', 'POST /login 302', 'GET /home 200', 'GET /about 404',
  'GET /home 500', 'POST /login 200', 'GET /about 200',
];
const byPath = new Map();
for (const line of lines) {
  const [method, path, status] = line.split(' ');
  const entry = byPath.get(path) ?? { hits: 0, statuses: new Map(), methods: new Set() };
  entry.hits++;
  entry.statuses.set(status, (entry.statuses.get(status) || 0) + 1);
  entry.methods.add(method);
  byPath.set(path, entry);
}
console.log(byPath);
const top = [...byPath].sort((a, b) => b[1].hits - a[1].hits)[0];
console.log('top', top[0], top[1].hits);
// Word frequency, case-insensitive, ties broken by first appearance.
const text = 'The cat and the hat. The END, and the end!';
const freq = new Map();
for (const w of text.toLowerCase().match(/[a-z]+/g)) freq.set(w, (freq.get(w) ?? 0) + 1);
console.log([...freq].sort((a, b) => b[1] - a[1]).slice(0, 3));
// Multimap helper.
class MultiMap extends Map {
  add(k, v) { const list = this.get(k); list ? list.push(v) : this.set(k, [v]); return this; }
}
const mm = new MultiMap().add('x', 1).add('y', 2).add('x', 3);
console.log(mm, mm.get('x'), mm instanceof Map, mm.size);
// Map of Maps: a 2D sparse grid.
const grid = new Map();
const put = (r, c, v) => { if (!grid.has(r)) grid.set(r, new Map()); grid.get(r).set(c, v); };
put(0, 0, 'a'); put(2, 5, 'b'); put(0, 3, 'c');
for (const [r, row] of grid) console.log(r, [...row]);
console.log(grid.get(1)?.get(0), grid.get(2).get(5));
