// apply and construct traps: wrapping functions and classes.
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
const traced = new Proxy(sum, {
  apply(target, thisArg, args) {
    console.log(`call ${target.name}(${args.join(', ')}) this=${thisArg === undefined ? 'undefined' : typeof thisArg}`);
    return target.apply(thisArg, args) * 10;
  },
});
console.log(traced(1, 2, 3), traced.call({}, 4), traced.apply(null, [5, 6]), [1, 2].map(traced));
console.log(typeof traced, traced.name, traced.length, Function.prototype.toString.call(traced));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const Counted = new Proxy(Point, {
  construct(target, args, newTarget) {
    console.log('construct', args, newTarget === Counted);
    return Reflect.construct(target, args, newTarget);
  },
});
const pt = new Counted(1, 2);
console.log(pt, pt instanceof Point, pt instanceof Counted);
class Sub extends Counted {}
console.log(new Sub(3, 4));
// construct must return an object.
const bad = new Proxy(function () {}, { construct() { return 1; } });
try { new bad(); } catch (e) { console.log(e.constructor.name, e.message); }
// Proxies of non-callables cannot be called.
const plain = new Proxy({}, { apply() { return 'never'; } });
try { plain(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof plain);
// Arrow functions cannot be constructed even through a proxy.
const arrowProxy = new Proxy(() => 'arrow', {});
console.log(arrowProxy());
try { new arrowProxy(); } catch (e) { console.log(e.constructor.name, e.message); }
// A memoizing apply trap.
const cache = new Map();
const slowSquare = n => { console.log('computing', n); return n * n; };
const memo = new Proxy(slowSquare, {
  apply(t, self, [n]) {
    if (!cache.has(n)) cache.set(n, Reflect.apply(t, self, [n]));
    return cache.get(n);
  },
});
console.log(memo(4), memo(4), memo(5), cache);
