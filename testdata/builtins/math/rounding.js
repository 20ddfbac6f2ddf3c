// round/floor/ceil/trunc/sign/fround and the -0 they can give.
const xs = [2.5, -2.5, 0.5, -0.5, 1.4999999999999998, 0.49999999999999994, -0.49999999999999994, -0, 0, 1e21, -1e-300, NaN, Infinity, -Infinity, 4503599627370495.5, -4503599627370495.5];
for (const x of xs) {
  const show = v => (Object.is(v, -0) ? '-0' : String(v));
  console.log(show(x), ['round', 'floor', 'ceil', 'trunc', 'sign'].map(f => show(Math[f](x))).join(' '));
}
console.log(Math.round('2.5'), Math.round(null), Math.round(undefined), Math.round([]), Math.round([7.6]), Math.round({ valueOf: () => 1.5 }));
console.log(Math.fround(0.1), Math.fround(1e40), Math.fround(1.5), Math.fround(-0), Math.fround(2 ** -149), Math.fround(2 ** -150));
console.log(Math.abs(-0), Math.abs(-5), Math.abs('-3'), Math.abs(null), Math.abs('x'), Math.abs(-Infinity));
const money = [0.1 + 0.2, 1.005, 2.675, 1.45, -1.5];
console.log(money.map(x => Math.round(x * 100) / 100));
console.log(money.map(x => x.toFixed(2)));
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2), -7 % 2, ((-7 % 2) + 2) % 2);
console.log(Math.ceil(-0.2), Object.is(Math.ceil(-0.2), -0), Math.floor(0.9), Math.round(-0.2));
console.log([1.1, 2.9, -3.5].map(Math.round), [1.1, 2.9, -3.5].map(Math.floor), [1.1, 2.9, -3.5].map(Math.ceil));
