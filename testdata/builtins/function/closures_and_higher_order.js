// Everyday function utilities: once, debounce-like counters, compose, curry, memoize.
const once = fn => { let done = false, value; return (...args) => (done ? value : (done = true, value = fn(...args))); };
const init = once(() => { console.log('initializing'); return 42; });
console.log(init(), init());
const compose = (...fns) => x => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => x => fns.reduce((acc, f) => f(acc), x);
const inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));
function curry(fn) {
  return function curried(...args) {
    return args.length >= fn.length ? fn.apply(this, args) : (...more) => curried.apply(this, [...args, ...more]);
  };
}
const add3 = curry((a, b, c) => a + b + c);
console.log(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3.name, add3.length);
function memoize(fn) {
  const cache = new Map();
  const m = function (n) {
    if (!cache.has(n)) cache.set(n, fn.call(this, n));
    return cache.get(n);
  };
  Object.defineProperty(m, 'name', { value: `memo(${fn.name})` });
  return m;
}
const fib = memoize(n => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(90), fib.name);
// Counters sharing a closure, and loop closures with let vs var.
function makeCounter() { let n = 0; return { inc: () => ++n, get: () => n }; }
const c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.inc();
console.log(c1.get(), c2.get());
const withLet = [], withVar = [];
for (let i = 0; i < 3; i++) withLet.push(() => i);
for (var j = 0; j < 3; j++) withVar.push(() => j);
console.log(withLet.map(f => f()), withVar.map(f => f()));
// Functions are objects: properties count calls; arguments is array-like.
function tally() { tally.calls = (tally.calls || 0) + 1; return arguments.length === 0 && !Array.isArray(arguments); }
console.log(tally(), tally(), tally.calls);
// Default parameters see earlier parameters and the outer scope.
const outer = 'outer';
function defaults(a, b = a * 2, c = () => outer + a) { return [a, b, c()]; }
console.log(defaults(1), defaults(1, undefined), defaults(1, null));
