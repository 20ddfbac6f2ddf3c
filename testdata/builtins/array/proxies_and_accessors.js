// Array methods on proxies and arrays with accessors: the order of traps V8 shows.
const log = [];
const target = [3, 1, 2];
const p = new Proxy(target, {
  get(t, k, r) { if (typeof k === 'string') log.push(`get ${k}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push(`set ${k}=${v}`); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push(`has ${String(k)}`); return Reflect.has(t, k); },
  deleteProperty(t, k) { log.push(`delete ${k}`); return Reflect.deleteProperty(t, k); },
});
p.push(4);
console.log(log.splice(0));
p.reverse();
console.log(log.splice(0), target);
p.includes(9);
console.log(log.splice(0));
p.shift();
console.log(log.splice(0), target);
p.indexOf(2);
console.log(log.splice(0));
console.log(Array.isArray(p), p.length, JSON.stringify(p));
log.length = 0;
const acc = [1, 2, 3];
let reads = 0;
Object.defineProperty(acc, 1, { get() { reads++; return 'G'; }, set(v) { log.push(`setter ${v}`); }, configurable: true, enumerable: true });
console.log(acc, acc.map(x => x), acc.slice(), reads);
acc[1] = 'assigned';
acc.fill('f');
console.log(log, acc[1], Object.getOwnPropertyDescriptor(acc, 1).get !== undefined);
