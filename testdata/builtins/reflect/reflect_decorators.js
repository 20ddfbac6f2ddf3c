// Method wrapping and metadata with Reflect and descriptors, as decorator helpers do.
const metadata = new WeakMap();
function defineMetadata(target, key, value) {
  if (!metadata.has(target)) metadata.set(target, new Map());
  metadata.get(target).set(key, value);
}
function getMetadata(target, key) {
  for (let t = target; t; t = Reflect.getPrototypeOf(t)) {
    const m = metadata.get(t);
    if (m && m.has(key)) return m.get(key);
  }
  return undefined;
}
function logged(proto, name) {
  const desc = Reflect.getOwnPropertyDescriptor(proto, name);
  const original = desc.value;
  desc.value = function (...args) {
    console.log(`-> ${name}(${args.join(', ')})`);
    const r = Reflect.apply(original, this, args);
    console.log(`<- ${name} = ${r}`);
    return r;
  };
  Reflect.defineProperty(desc.value, 'name', { value: name });
  return Reflect.defineProperty(proto, name, desc);
}
class Calc {
  add(a, b) { return a + b; }
  twice(a) { return this.add(a, a); }
}
console.log(logged(Calc.prototype, 'add'), logged(Calc.prototype, 'twice'));
console.log(new Calc().twice(4), Calc.prototype.add.name);
defineMetadata(Calc.prototype, 'role', 'math');
class Sci extends Calc {}
console.log(getMetadata(Sci.prototype, 'role'), getMetadata(Sci.prototype, 'none'), getMetadata(Object.prototype, 'role'));
// Reflect.defineProperty reports failure instead of throwing.
const sealed = Object.seal({ x: 1 });
console.log(Reflect.defineProperty(sealed, 'y', { value: 1 }), Reflect.defineProperty(sealed, 'x', { value: 2 }), sealed.x);
console.log(Reflect.defineProperty(sealed, 'x', { get() {} }), Reflect.deleteProperty(sealed, 'x'));
// A readonly view: Reflect calls return false, the proxy turns them into errors only in strict mode.
const readonly = obj => new Proxy(obj, { set: () => false, deleteProperty: () => false, defineProperty: () => false });
const view = readonly({ a: 1 });
view.a = 2;
delete view.a;
console.log(view.a, Reflect.set(view, 'a', 3), Reflect.defineProperty(view, 'b', { value: 1 }));
try { Object.defineProperty(view, 'b', { value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
