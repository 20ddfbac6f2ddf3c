// Key order, getters, non-enumerables, symbols and proxies seen by stringify.
const o = { z: 1, 10: 'ten', a: 2, 2: 'two', [Symbol('s')]: 3 };
console.log(JSON.stringify(o), Object.keys(o));
const withGetter = { get computed() { return 'got'; }, plain: 1 };
console.log(JSON.stringify(withGetter));
const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
console.log(JSON.stringify(hidden));
class Point {
  #secret = 'private';
  constructor(x, y) { this.x = x; this.y = y; }
  get len() { return Math.hypot(this.x, this.y); }
}
console.log(JSON.stringify(new Point(3, 4)), JSON.stringify([new Point(1, 1)]));
const log = [];
const proxy = new Proxy({ a: 1, b: 2 }, {
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  getOwnPropertyDescriptor(t, k) { log.push(`gopd ${String(k)}`); return Reflect.getOwnPropertyDescriptor(t, k); },
});
console.log(JSON.stringify(proxy), log);
let count = 0;
const changing = { a: 1, get b() { count++; delete this.c; return 'b'; }, c: 3 };
console.log(JSON.stringify(changing), count);
const addWhile = { a: 1, get b() { this.later = 'x'; return 2; } };
console.log(JSON.stringify(addWhile), Object.keys(addWhile));
const arr = [1, 2, 3];
Object.defineProperty(arr, 1, { get() { return 'getter'; } });
console.log(JSON.stringify(arr));
const inheritedKeys = Object.create({ proto: 1 });
inheritedKeys.own = 2;
console.log(JSON.stringify(inheritedKeys));
console.log(JSON.stringify(Object.assign(Object.create(null), { b: 1, a: 2 })));
console.log(JSON.stringify({ a: [{ b: { c: [1, { d: 'e' }] } }] }, null, '\t'));
