// Unbounded recursion throws a catchable RangeError wherever it happens.
function report(label, f) {
  try {
    f();
    console.log(label, 'returned');
  } catch (e) {
    console.log(label, e instanceof RangeError, e.message);
  }
}
report('plain', function f() { return f() + 1; });
report('mutual', () => { const a = n => b(n + 1); const b = n => a(n + 1); a(0); });
report('getter', () => { const o = { get x() { return this.x; } }; o.x; });
report('setter', () => { const o = { set x(v) { this.x = v; } }; o.x = 1; });
report('toString', () => { const o = { toString() { return '' + this; } }; String(o); });
report('valueOf', () => { const o = { valueOf() { return +this; } }; o * 2; });
report('proxy get', () => { const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); p.x; });
report('proxy has', () => { const p = new Proxy({}, { has(t, k) { return k in p; } }); 'x' in p; });
report('reviver', () => { const r = (k, v) => JSON.parse('[1]', r); JSON.parse('[1]', r); });
report('toJSON', () => { const o = { toJSON() { return JSON.stringify(this); } }; JSON.stringify(o); });
report('sort', () => { const c = (a, b) => [2, 1].sort(c) && 0; [2, 1].sort(c); });
report('apply', function f() { return f.apply(null, [1, 2, 3]); });
report('call', function f() { return f.call(null); });
report('bind', () => { let g; g = (function () { return g(); }).bind(null); g(); });
report('map', function f() { return [1].map(f); });
report('construct', () => { class A { constructor() { new A(); } } new A(); });
report('super', () => { class A { m() { return new B().m(); } } class B extends A { m() { return super.m(); } } new B().m(); });
report('Reflect.apply', function f() { return Reflect.apply(f, null, []); });
report('tagged', function f() { return f`x`; });
report('spread', function f(...a) { return f(...a); });
report('closure chain', () => { let g = () => 0; for (let i = 0; i < 1e5; i++) { const h = g; g = () => h() + 1; } g(); });
// The stack is usable again afterwards.
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
console.log('depth', depth(5000));
