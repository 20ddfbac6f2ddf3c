// Proxies over arrays: Array.isArray, length, array methods through traps, and printing.
const log = [];
const arr = new Proxy([3, 1, 2], {
  get(t, k, r) { if (typeof k === 'string') log.push(k); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push(`set ${k}=${v}`); return Reflect.set(t, k, v, r); },
});
console.log(Array.isArray(arr), arr.length, arr[0], JSON.stringify(arr));
log.length = 0;
arr.push(4);
console.log(log.join(' '));
log.length = 0;
console.log(arr.includes(2), log.join(' '));
log.length = 0;
arr.sort();
console.log(JSON.stringify(arr), log.filter(x => x.startsWith('set')).length);
console.log([...arr], Array.from(arr).reverse(), [].concat(arr));
// Negative indexes with a proxy.
const neg = a => new Proxy(a, {
  get(t, k, r) {
    const i = typeof k === 'string' && /^-\d+$/.test(k) ? t.length + Number(k) : k;
    return Reflect.get(t, i, r);
  },
});
const letters = neg(['a', 'b', 'c']);
console.log(letters[-1], letters[-3], letters[0], letters.length, letters.slice(-2));
// console.log shows the target, not the traps.
const secretive = new Proxy({ visible: 1 }, { get: () => 'trapped', ownKeys: () => [] });
console.log(secretive, [secretive], { p: new Proxy([1, 2], {}) });
console.log(new Proxy(function named() {}, {}), new Proxy(class K {}, {}));
console.log(Object.prototype.toString.call(new Proxy([], {})), Object.prototype.toString.call(new Proxy(new Map(), {})));
// Methods that need internal slots fail through a proxy.
const mapProxy = new Proxy(new Map([[1, 2]]), {});
try { mapProxy.get(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Proxy(new Date(0), {}).getTime(); } catch (e) { console.log(e.constructor.name, e.message); }
