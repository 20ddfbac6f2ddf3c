const { a, ...rest } = { a: 1, b: 2, c: 3, [Symbol.for('s')]: 4 };
console.log(a, rest);
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
console.log({ ...child });
function omit(obj, ...keys) {
  const out = { ...obj };
  for (const k of keys) delete out[k];
  return out;
}
console.log(omit({ x: 1, y: 2, z: 3 }, 'y', 'z'));
const { length, ...chars } = 'hey';
console.log(length, chars);
