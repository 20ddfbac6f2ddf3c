// Reflect inside proxy traps: receivers, getters on prototypes, and class fields.
class Base {
  #secret = 'hidden';
  constructor() { this.name = 'base'; }
  get secret() { return this.#secret; }
  get label() { return `label of ${this.name}`; }
}
const b = new Base();
const forward = new Proxy(b, { get(t, k, r) { return Reflect.get(t, k, r); } });
try { console.log(forward.secret); } catch (e) { console.log(e.constructor.name, e.message); }
const toTarget = new Proxy(b, { get(t, k) { return Reflect.get(t, k); } });
console.log(toTarget.secret, toTarget.label);
// The receiver decides what `this` a getter sees.
const proto = { get who() { return this.id; } };
const child = Object.create(proto, { id: { value: 'child' } });
console.log(Reflect.get(proto, 'who', child), Reflect.get(child, 'who'), Reflect.get(proto, 'who'));
// Reflect.set with a receiver defines on the receiver, even through a prototype setter-less chain.
const parent = { inherited: 1 };
const kid = Object.create(parent);
Reflect.set(parent, 'inherited', 2, kid);
console.log(parent.inherited, kid.inherited, Object.keys(kid));
const ro = Object.defineProperty({}, 'fixed', { value: 1, writable: false });
console.log(Reflect.set({}, 'fixed', 2, ro), Reflect.set(ro, 'other', 1, 5));
// A default-value proxy built only from Reflect.
const withDefaults = (obj, dflt) => new Proxy(obj, {
  get: (t, k, r) => (Reflect.has(t, k) ? Reflect.get(t, k, r) : dflt),
});
const counts = withDefaults({}, 0);
for (const ch of 'banana') counts[ch] = counts[ch] + 1;
console.log(counts, counts.z);
// Reflect.ownKeys sees what Object.keys hides.
const hiddenKeys = Object.defineProperties({ shown: 1 }, { hidden: { value: 2 }, [Symbol.for('s')]: { value: 3, enumerable: true } });
console.log(Object.keys(hiddenKeys), Reflect.ownKeys(hiddenKeys));
// Reflect.apply keeps this, Function.prototype.apply may be overridden.
function f() { return this.tag; }
f.apply = () => 'overridden';
console.log(f.apply({ tag: 't' }), Reflect.apply(f, { tag: 't' }, []));
