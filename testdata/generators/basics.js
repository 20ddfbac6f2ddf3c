function* g(a) {
  console.log('start', a);
  try {
    const x = yield 1;
    console.log('got', x);
    yield* [10, 20];
    yield* inner();
  } finally {
    console.log('finally');
  }
  return 'end';
}
function* inner() { const r = yield 'i1'; console.log('inner got', r); return 'innerret'; }
const it = g(5);
console.log(it);
console.log(it.next('ignored'));
console.log(it.next('X'));
console.log(it.next());
console.log(it.next());
console.log(it.next('R'));
console.log(it.next());
console.log(it.next());
console.log([...g(1)]);
const it2 = g(2); it2.next(); console.log(it2.return(7)); console.log(it2.next());
const it3 = g(3); it3.next(); try { it3.throw(new Error('boom')); } catch (e) { console.log('caught', e.message); }
for (const v of g(4)) { if (v === 10) break; console.log(v); }
const o = { *m() { yield this === o; } };
console.log(o.m().next(), Object.prototype.toString.call(o.m()));
function* rec() { it4.next(); yield 1; }
const it4 = rec(); try { it4.next(); } catch (e) { console.log(e.constructor.name, e.message); }
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
const [p, q, r, s, t] = fib(); console.log(p, q, r, s, t);
console.log(Array.from(fib().constructor === undefined ? [] : g(9)));
console.log(new Set(inner()), new Map([[1,2]]));
class C { static *[Symbol.iterator]() { yield 'c'; } }
console.log([...C]);
