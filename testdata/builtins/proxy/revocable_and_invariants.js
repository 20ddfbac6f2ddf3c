// Proxy.revocable, and the invariants V8 enforces with its messages.
const { proxy, revoke } = Proxy.revocable({ x: 1 }, {});
console.log(proxy.x, typeof revoke, revoke.length, revoke.name === '');
revoke();
revoke();
for (const op of [() => proxy.x, () => (proxy.y = 1), () => 'x' in proxy, () => Object.keys(proxy), () => typeof proxy]) {
  try { console.log(op()); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { new Proxy(proxy, {}); console.log('proxy of revoked proxy ok'); } catch (e) { console.log(e.message); }
try { new Proxy(1, {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Proxy({}, null); } catch (e) { console.log(e.message); }
try { Proxy({}, {}); } catch (e) { console.log(e.message); }
console.log(Proxy.prototype, Proxy.length, Proxy.name);
// Invariants: non-configurable, non-writable data must be reported faithfully.
const frozen = Object.freeze({ k: 1 });
const liar = new Proxy(frozen, {
  get() { return 2; },
  has() { return false; },
  ownKeys() { return []; },
  getOwnPropertyDescriptor() { return undefined; },
  deleteProperty() { return true; },
  defineProperty() { return true; },
  isExtensible() { return true; },
  getPrototypeOf() { return Array.prototype; },
});
for (const [name, op] of Object.entries({
  get: () => liar.k,
  has: () => 'k' in liar,
  ownKeys: () => Reflect.ownKeys(liar),
  gOPD: () => Object.getOwnPropertyDescriptor(liar, 'k'),
  deleteProperty: () => delete liar.k,
  defineProperty: () => Object.defineProperty(liar, 'n', { value: 1 }),
  isExtensible: () => Object.isExtensible(liar),
  getPrototypeOf: () => Object.getPrototypeOf(liar),
})) {
  try { console.log(name, op()); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
// ownKeys must return an array-like of strings and symbols without duplicates.
for (const keys of [[1], ['a', 'a'], 'ab', [Symbol.iterator, 'z']]) {
  try { console.log(Reflect.ownKeys(new Proxy({}, { ownKeys: () => keys }))); } catch (e) { console.log(e.constructor.name, e.message); }
}
