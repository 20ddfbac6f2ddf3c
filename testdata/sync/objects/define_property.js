const o = {};
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(o, 'fixed', { value: 1, writable: false, enumerable: true, configurable: false });
Object.defineProperty(o, 'computed', { get() { return this.fixed * 10; }, enumerable: true });
o.fixed = 2;
console.log(o, o.hidden, o.fixed, o.computed, Object.keys(o));
console.log(Object.getOwnPropertyDescriptor(o, 'fixed'));
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
try {
  Object.defineProperty(o, 'fixed', { value: 3 });
} catch (e) {
  console.log(e.name, e.message);
}
const sealed = Object.seal({ a: 1 });
sealed.a = 2;
sealed.b = 3;
delete sealed.a;
console.log(sealed, Object.isSealed(sealed), Object.isFrozen(sealed), Object.isExtensible(sealed));
const np = Object.preventExtensions({ k: 1 });
np.z = 1;
console.log(np, Object.isExtensible(np));
