// pow and ** with their special cases, sqrt and cbrt, as V8 computes them.
const bases = [0, -0, 1, -1, 2, -2, 0.5, 10, Infinity, -Infinity, NaN];
const exps = [0, -0, 1, -1, 0.5, 2, 3, -3, Infinity, -Infinity, NaN, 1e-10];
for (const b of bases) {
  console.log(String(b).padStart(9), exps.map(e => { const r = Math.pow(b, e); return Object.is(r, -0) ? '-0' : String(r); }).join(' '));
}
console.log(2 ** 10, 2 ** -2, (-2) ** 3, 2 ** 0.5, 10 ** 21, 10 ** -7, 1.0000001 ** 1e7, 0.1 ** 3);
console.log([1.1, 1.5, 2.2, 3.3, 7.7].map(x => x ** 3), [2, 3, 5, 7].map(x => Math.pow(x, 1 / 3)));
console.log([2, 3, 10, 0.01, 1e-300, 1e300, 144, 2.25].map(Math.sqrt));
console.log([8, 27, 1000, -64, 0.001, 3, 1e300].map(Math.cbrt));
let acc = 1;
for (let i = 0; i < 20; i++) acc *= 1.07;
console.log(acc, 1.07 ** 20, Math.pow(1.07, 20));
console.log(Math.pow(2, 1023) * 2, Math.pow(2, -1074), Math.pow(2, -1075), (-8) ** (1 / 3), Math.pow(-0, -3), Math.pow(-0, -2));
try { console.log(2n ** -1n); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(2n ** 64n, (-3n) ** 3n);
