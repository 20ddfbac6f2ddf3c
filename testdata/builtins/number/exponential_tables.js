// toExponential/toPrecision/toFixed over powers of ten and awkward binary fractions, in aligned columns.
const xs = [];
for (let e = -8; e <= 22; e += 3) xs.push(1.2345678 * 10 ** e, -5 * 10 ** e);
for (const x of xs) {
  console.log(String(x).padStart(24), x.toExponential(3).padStart(12), x.toPrecision(4).padStart(14), (Math.abs(x) < 1e21 ? x.toFixed(3) : '-').slice(0, 28));
}
const halves = [0.5, 1.5, 2.5, 0.125, 0.375, 1.0005, 1.25, 1.35, 4.35, 1.15, 10.5, 1e-7 * 5];
console.log(halves.map(h => [h.toFixed(0), h.toFixed(1), h.toFixed(2), h.toPrecision(2), h.toExponential(0)].join('/')).join('  '));
console.log((123.456).toExponential(), (0).toExponential(), (0).toExponential(2), (-0).toPrecision(3), (1e-7).toPrecision(1), (1e21).toPrecision(3), (1e21).toExponential(2));
console.log((99.99).toPrecision(3), (99.95).toPrecision(3), (999.5).toPrecision(3), (0.00009999).toPrecision(2), (123).toPrecision(2), (1234567).toPrecision(3));
console.log(Number.MAX_VALUE.toExponential(5), Number.MIN_VALUE.toExponential(2), Number.EPSILON.toPrecision(5), (2 ** 53).toExponential(15));
