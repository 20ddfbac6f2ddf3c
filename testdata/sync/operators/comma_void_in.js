let a = (1, 2, 3);
console.log(a, void 0, void 'x', typeof void 0);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
const o = { x: 1, [Symbol.iterator]: null };
console.log('x' in o, 'y' in o, 'toString' in o, 0 in [5], 1 in [5], 'length' in []);
delete o.x;
console.log('x' in o, Object.keys(o));
try {
  'x' in 5;
} catch (e) {
  console.log(e.constructor.name, e.message);
}
