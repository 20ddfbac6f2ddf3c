const m = new Map([[3, 'c'], [1, 'a'], ['2', 'b']]);
m.set(0, 'zero');
m.delete(1);
m.set(1, 'a again');
console.log([...m.keys()]);
const visited = [];
for (const [k] of m) {
  visited.push(k);
  if (k === 3) m.set('added during', 'x');
  if (k === 0) m.delete('2');
}
console.log(visited);
const obj = Object.fromEntries(m);
console.log(obj);
const back = new Map(Object.entries({ b: 1, a: 2 }));
console.log(back);
