// A proxy in the prototype chain sees lookups that miss the object itself.
const missing = [];
const fallback = new Proxy({}, {
  get(t, k, receiver) {
    if (typeof k === 'string') missing.push(k);
    return typeof k === 'string' ? `default(${k})` : undefined;
  },
  has(t, k) { return typeof k === 'string' && k.startsWith('x'); },
  set(t, k, v, receiver) {
    Object.defineProperty(receiver, k, { value: v * 2, writable: true, enumerable: true, configurable: true });
    return true;
  },
});
const obj = Object.create(fallback);
obj.own = 'mine';
console.log(obj.own, obj.other, 'xray' in obj, 'own' in obj, 'yak' in obj, missing);
obj.count = 5;
console.log(obj.count, Object.keys(obj));
// Classes extending a proxied constructor.
const Traced = new Proxy(class Base { hello() { return 'hi from ' + this.constructor.name; } }, {
  get(t, k, r) { if (k === 'prototype') console.log('prototype read'); return Reflect.get(t, k, r); },
});
class Derived extends Traced {}
console.log(new Derived().hello(), Object.getPrototypeOf(Derived) === Traced);
// Enumerating with for-in walks into a proxied prototype.
const protoProxy = new Proxy({ inherited: 1 }, {
  ownKeys(t) { console.log('ownKeys on proto'); return Reflect.ownKeys(t); },
});
const child = Object.create(protoProxy);
child.mine = 2;
const keys = [];
for (const k in child) keys.push(k);
console.log(keys);
// A Proxy as the global-like scope object for a template engine.
const scope = new Proxy({ name: 'World' }, { get: (t, k) => (k in t ? t[k] : `{${String(k)}}`) });
console.log('Hello, ${name}! ${missing}'.replace(/\$\{(\w+)\}/g, (_, k) => scope[k]));
