// WeakRef-based caches as written in apps; all targets stay reachable here, so deref always succeeds.
class WeakCache {
  #refs = new Map();
  set(key, value) { this.#refs.set(key, new WeakRef(value)); return this; }
  get(key) {
    const ref = this.#refs.get(key);
    const value = ref?.deref();
    if (ref && value === undefined) this.#refs.delete(key);
    return value;
  }
  get size() { return this.#refs.size; }
}
const big = { data: new Array(5).fill('x') };
const cache = new WeakCache().set('big', big).set('fn', Math.max);
console.log(cache.get('big') === big, cache.get('fn')(1, 5), cache.get('missing'), cache.size, cache);
// deref returns the same object each time, including for symbols.
const sym = Symbol('weak target');
const r = new WeakRef(sym);
console.log(r.deref() === sym, r.deref().description, String(r.deref()));
// WeakRef objects are ordinary to inspect.
const ref = new WeakRef(big);
console.log(Object.getPrototypeOf(ref) === WeakRef.prototype, Object.keys(ref), typeof ref.deref, ref.constructor.name);
console.log(Object.getOwnPropertyNames(WeakRef.prototype), WeakRef.prototype[Symbol.toStringTag]);
// Subclassing WeakRef.
class LabeledRef extends WeakRef {
  constructor(target, label) { super(target); this.label = label; }
  describe() { return `${this.label}: ${JSON.stringify(this.deref())}`; }
}
const lr = new LabeledRef({ id: 1 }, 'first');
console.log(lr.describe(), lr instanceof WeakRef, lr);
// Errors for registered symbols and primitives.
for (const t of [Symbol.for('reg'), 'str', 0, null]) {
  try { new WeakRef(t); } catch (e) { console.log(e.constructor.name, e.message); }
}
