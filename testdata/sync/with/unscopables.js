// Symbol.unscopables hides names from with: Array.prototype lists keys,
// values, entries, includes, flat, at and more.
var keys = 'outer keys', values = 'outer values', length = 'outer length';
with ([1, 2, 3]) {
  console.log(keys, values, length, typeof push, typeof includes, typeof at);
  console.log(join('-'), indexOf(2), slice(1));
}
console.log(Object.keys(Array.prototype[Symbol.unscopables]).sort().join(' '));
console.log(Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));

// Only a truthy entry hides the name; the unscopables object is read on each lookup.
var a = 'outer a', b = 'outer b', c = 'outer c';
const obj = { a: 'obj a', b: 'obj b', c: 'obj c' };
let reads = 0;
Object.defineProperty(obj, Symbol.unscopables, {
  get() { reads++; return { a: true, b: 0, c: 'yes' }; },
});
with (obj) {
  console.log(a, b, c, reads);
  a = 'set a';
  b = 'set b';
}
console.log(a, b, obj.a, obj.b, reads);

// A non-object unscopables is ignored; an inherited one counts.
const proto = { [Symbol.unscopables]: { p: true } };
const child = Object.create(proto);
child.p = 'child p';
child.q = 'child q';
var p = 'outer p', q = 'outer q';
with (child) { console.log(p, q); }
with ({ p: 'prim p', [Symbol.unscopables]: 'p' }) { console.log(p); }
