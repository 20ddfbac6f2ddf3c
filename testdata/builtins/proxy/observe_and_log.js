// A logging proxy over every trap to show which internal operations run.
const log = [];
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
  handler[trap] = (...args) => {
    log.push(trap + (typeof args[1] === 'string' ? ':' + args[1] : ''));
    return Reflect[trap](...args);
  };
}
const target = { a: 1, b: 2 };
const p = new Proxy(target, handler);
function show(label, fn) {
  log.length = 0;
  const r = fn();
  console.log(label.padEnd(22), JSON.stringify(r), log.join(' '));
}
show('get', () => p.a);
show('set', () => (p.c = 3));
show('in', () => 'a' in p);
show('delete', () => delete p.c);
show('Object.keys', () => Object.keys(p));
show('for-in', () => { const ks = []; for (const k in p) ks.push(k); return ks; });
show('spread', () => ({ ...p }));
show('Object.assign', () => Object.assign({}, p));
show('JSON.stringify', () => JSON.stringify(p));
show('defineProperty', () => Object.defineProperty(p, 'd', { value: 4, configurable: true }) === p);
show('getPrototypeOf', () => Object.getPrototypeOf(p) === Object.prototype);
show('instanceof', () => p instanceof Object);
show('setPrototypeOf', () => Object.setPrototypeOf(p, null) === p);
show('isExtensible', () => Object.isExtensible(p));
show('hasOwn', () => Object.hasOwn(p, 'a'));
show('entries', () => Object.entries(p));
show('freeze', () => Object.isFrozen(Object.freeze(p)));
