// Node's error types and message texts for the common runtime faults.
function show(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
let u, n = null, o = { a: {} };
show(() => u.x);
show(() => n.x);
show(() => u[0]);
show(() => o.b.c);
show(() => o.a.b.c);
show(() => { u.x = 1; });
show(() => { n.y = 2; });
show(() => u());
show(() => o.nope());
show(() => o.a.nope());
show(() => (1)());
show(() => new o.a());
show(() => new (() => 1)());
show(() => { const c = 1; c = 2; });
show(() => { const c = 1; c++; });
show(() => { x; let x = 1; });
show(() => { y = 3; let y; });
show(() => { class A extends (class {}) { constructor() { this.z = 1; super(); } } new A(); });
show(() => notDefined);
show(() => new Array(-1));
show(() => new Array(2 ** 32));
show(() => { const a = []; a.length = -1; });
show(() => 1n + 1);
show(() => 1 * 2n);
show(() => BigInt(1.5));
show(() => Symbol() + '');
show(() => null[Symbol.iterator]);
show(() => { const [a] = null; });
show(() => { const { a } = undefined; });
show(() => { for (const x of 5) {} });
show(() => [...{}]);
show(() => 'abc'.repeat(-1));
show(() => (1).toFixed(101));
show(() => Object.defineProperty(1, 'x', {}));
show(() => { 'use strict'; Object.freeze(o); o.q = 1; });
show(() => JSON.parse('{bad'));
show(() => { const a = {}; a.self = a; JSON.stringify(a); });
show(() => 1 instanceof 1);
show(() => 'x' in 1);
