// A Proxy prints as its target, without running any trap.
const log = [];
const handler = {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  ownKeys(t) { log.push('ownKeys'); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { log.push('gopd ' + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  getPrototypeOf(t) { log.push('getPrototypeOf'); return Reflect.getPrototypeOf(t); },
};
const p = new Proxy({ a: 1, nested: { b: 2 } }, handler);
console.log(p);
console.log(log.length);
console.log([new Proxy([1, 2, 3], handler)], log.length);
console.log(new Proxy(function target() {}, handler), log.length);
console.log(new Proxy(class K {}, {}));
console.log(new Proxy(new Map([[1, 2]]), {}));
console.log({ inner: new Proxy({ x: 1 }, {}) });
const { proxy, revoke } = Proxy.revocable({ r: 1 }, {});
console.log(proxy);
revoke();
console.log(proxy, [proxy]);
const pp = new Proxy(new Proxy({ deep: true }, {}), {});
console.log(pp);
console.log(typeof new Proxy(() => {}, {}), typeof new Proxy({}, {}));
console.log(Array.isArray(new Proxy([], {})), p.a, log.slice(-1));
