// exp/log families and hyperbolic functions over ranges everyday code meets.
const xs = [0.001, 0.1, 0.5, 1, 2, Math.E, 3, 10, 100, 1234.5678, 1e-10, 1e10, 1e300];
for (const x of xs) console.log(x, Math.log(x), Math.log10(x), Math.log2(x), Math.log1p(x));
for (const x of [-20, -2, -0.5, -1e-9, 0, 0.3, 1, 5, 20, 700, 710]) {
  console.log(x, Math.exp(x), Math.expm1(x), Math.sinh(x), Math.cosh(x), Math.tanh(x));
}
for (const x of [0.5, 1, 2, 10, 1e6]) console.log(x, Math.asinh(x), Math.acosh(x), Math.atanh(1 / (x + 1)));
console.log(Math.log(0), Math.log(-1), Math.log10(1000), Math.log2(1024), Math.log2(3), Math.log10(2));
console.log(Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0));
console.log(Math.pow(2, 0.5), 2 ** -1074, Math.pow(10, -5), Math.pow(-8, 1 / 3), Math.pow(NaN, 0), 1.1 ** 10);
const compound = (p, r, n, t) => p * Math.pow(1 + r / n, n * t);
console.log(compound(1000, 0.05, 12, 10), compound(2500, 0.031, 4, 7.5));
const digits = n => Math.floor(Math.log10(n)) + 1;
console.log([1, 9, 10, 99, 100, 999, 1000, 123456789].map(digits));
console.log(Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.PI, Math.SQRT1_2, Math.SQRT2);
const sigmoid = x => 1 / (1 + Math.exp(-x));
console.log([-5, -1, 0, 1, 5].map(sigmoid));
