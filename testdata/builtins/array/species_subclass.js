// Subclassing Array and Symbol.species: which methods make which kind of array.
class List extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
  static get [Symbol.species]() { return Array; }
}
const l = List.of(1, 2, 3);
console.log(l instanceof List, l.sum(), l.length, Array.isArray(l));
console.log(l.map(x => x) instanceof List, l.filter(Boolean).constructor.name, l.slice().constructor.name);
class Keep extends Array {}
const k = Keep.from([3, 1, 2]);
console.log(['map', 'filter', 'slice', 'splice', 'concat', 'flat', 'flatMap'].map(m => {
  const r = m === 'map' || m === 'filter' || m === 'flatMap' ? k[m](x => x) : k[m]();
  return `${m}:${r.constructor.name}`;
}).join(' '));
console.log(k.toSorted().constructor.name, k.toReversed().constructor.name, k.with(0, 0).constructor.name, k.toSpliced(0).constructor.name);
console.log(k, String(k), JSON.stringify(k), k.length);
const calls = [];
class Spy extends Array {
  constructor(...args) { calls.push(args); super(...args); }
}
const s = new Spy(1, 2, 3);
calls.length = 0;
s.map(x => x * 2);
s.filter(x => x > 1);
s.slice(1);
console.log(calls);
const weird = [1, 2, 3];
weird.constructor = { [Symbol.species]: function (n) { return { length: 0, made: n }; } };
console.log(weird.map(x => x * 2));
const nullSpecies = [1];
nullSpecies.constructor = { [Symbol.species]: null };
console.log(Array.isArray(nullSpecies.map(x => x)));
const bad = [1];
bad.constructor = { [Symbol.species]: 42 };
try { bad.map(x => x); } catch (e) { console.log(e.constructor.name, e.message); }
const notObj = [1];
notObj.constructor = 5;
try { notObj.slice(); } catch (e) { console.log(e.constructor.name, e.message); }
class Matrix extends Array {
  static from2D(rows) { return Matrix.from(rows, r => Array.from(r)); }
  transpose() { return Matrix.from(this[0], (_, c) => this.map(r => r[c])); }
}
const mx = Matrix.from2D([[1, 2, 3], [4, 5, 6]]);
console.log(mx.transpose(), mx.transpose() instanceof Matrix);
