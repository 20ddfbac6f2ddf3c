const log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, {
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); return Reflect.set(t, k, v * 2, r); },
  has(t, k) { log.push(`has ${String(k)}`); return k.startsWith('a'); },
  deleteProperty(t, k) { log.push(`delete ${String(k)}`); return delete t[k]; },
});
p.c = 5;
console.log(p.a, p.c, 'a' in p, 'b' in p, delete p.b, target);
console.log(log);
console.log(Reflect.ownKeys({ x: 1, [Symbol('y')]: 2 }), Reflect.has({ z: 1 }, 'z'), Reflect.apply(Math.max, null, [1, 5, 2]));
const validator = new Proxy({}, { set(t, k, v) { if (typeof v !== 'number') throw new TypeError(`${k} must be a number`); t[k] = v; return true; } });
validator.age = 30;
try { validator.name = 'x'; } catch (e) { console.log(e.message); }
console.log(validator.age);
