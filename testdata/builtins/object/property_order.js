// Own key order: integer keys ascending, then strings by insertion, then symbols.
const s1 = Symbol('s1'), s2 = Symbol('s2');
const o = { z: 1, [s2]: 1, 10: 1, b: 1, 2: 1, [s1]: 1, '01': 1, '4294967295': 1, '4294967294': 1, '-0': 1, 1.5: 1 };
console.log(Object.keys(o));
console.log(Reflect.ownKeys(o));
console.log(Object.getOwnPropertySymbols(o));
delete o.b;
o.b = 2;
o[0] = 0;
console.log(Object.keys(o).join(' '));
for (const k in o) process.stdout.write(k + ' ');
console.log();
console.log(JSON.stringify(o));
console.log(Object.entries({ b: 'x', a: 'y', 1: 'z' }));
// Inherited enumerable keys come after own ones in for-in, shadowed keys once.
const base = { inherited: 1, shared: 1, 5: 'p' };
const child = Object.create(base);
child.own = 1; child.shared = 2; child[3] = 'c';
const seen = [];
for (const k in child) seen.push(k);
console.log(seen);
// Arrays with extra properties and functions.
const arr = ['a', 'b'];
arr.extra = true;
arr[-1] = 'neg';
console.log(Object.keys(arr), Reflect.ownKeys(arr));
function f(a, b) {}
f.custom = 1;
console.log(Reflect.ownKeys(f));
class K { static m() {} static x = 1; }
console.log(Reflect.ownKeys(K));
try { Reflect.ownKeys('ab'); } catch (e) { console.log(e.message); }
console.log(Object.keys('ab'), Reflect.ownKeys(new String('xy')));
console.log(Object.getOwnPropertyNames(Object.assign(Object.create(null), { b: 1, a: 2, 0: 3 })));
