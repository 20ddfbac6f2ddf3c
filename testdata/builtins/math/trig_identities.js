// Identities that hold only approximately in floating point, printed exactly.
const xs = [0.1, 0.5, 1, 1.5, 2, 3, Math.PI / 6, Math.PI / 3, 10, 100];
for (const x of xs) {
  const s = Math.sin(x), c = Math.cos(x);
  console.log(x, s * s + c * c, Math.tan(x) - s / c, Math.sin(2 * x) - 2 * s * c, Math.asin(s), Math.acos(c));
}
for (const x of [0.3, 1, 2.5, -1.2]) {
  console.log(x, Math.cosh(x) ** 2 - Math.sinh(x) ** 2, Math.tanh(x) - Math.sinh(x) / Math.cosh(x), Math.asinh(Math.sinh(x)), Math.atanh(Math.tanh(x)));
  console.log(Math.exp(Math.log(x * x)), Math.log(Math.exp(x)), Math.log2(2 ** x), Math.log10(10 ** x), Math.expm1(Math.log1p(x * x)));
}
console.log(Math.sin(Math.PI), Math.cos(Math.PI / 2), Math.tan(Math.PI / 4), Math.sin(Math.PI / 6), Math.cos(Math.PI / 3));
console.log(4 * Math.atan(1), 2 * Math.asin(1), Math.acos(-1), Math.atan2(0, -1), Math.PI);
