// Lazy sequences built from generators.
function* naturals() { let n = 0; while (true) yield n++; }
function* take(it, n) { for (const x of it) { if (n-- <= 0) return; yield x; } }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
console.log([...take(filter(map(naturals(), x => x * x), x => x % 2), 5)]);
function* fib() { let [a, b] = [0n, 1n]; for (;;) { yield a; [a, b] = [b, a + b]; } }
let i = 0; for (const f of fib()) { if (i++ === 90) { console.log(f); break; } }
function* tree(t) { if (!t) return; yield* tree(t.l); yield t.v; yield* tree(t.r); }
const t = { v: 4, l: { v: 2, l: { v: 1 }, r: { v: 3 } }, r: { v: 6, l: { v: 5 } } };
console.log([...tree(t)].join(' '));
function* zip(...its) { const xs = its.map(i => i[Symbol.iterator]()); for (;;) { const rs = xs.map(x => x.next()); if (rs.some(r => r.done)) return; yield rs.map(r => r.value); } }
console.log([...zip([1, 2, 3], 'ab', naturals())]);
function* perms(a) { if (a.length <= 1) { yield a; return; } for (let i = 0; i < a.length; i++) for (const p of perms([...a.slice(0, i), ...a.slice(i + 1)])) yield [a[i], ...p]; }
console.log([...perms([1, 2, 3])].map(p => p.join('')).join(','));
