// Number#toString and String(n): shortest round-trip digits, exponents, radix 2..36 with fractions.
const xs = [0, -0, 1, -1, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 123e-20, 1e21, 1e-7, 1.5e-6, 123456789012345680000, 2 ** 53, 2 ** 53 + 1, -(2 ** 31), 5e-324, 1.7976931348623157e308, 4.35, 0.000001, 1e300 * 10];
for (const x of xs) console.log(String(x), x.toString(2), x.toString(16), x.toString(36), x.toString(7));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (0.1).toString(3));
console.log((3.14159).toString(16), (-0.75).toString(8), (1e21).toString(36), (2 ** 60).toString(32), (1 / 7).toString(5));
console.log((123.456).toString(10), (NaN).toString(2), (Infinity).toString(16), (-Infinity).toString(36));
for (const r of [1, 37, 0, 'x']) {
  try { (10).toString(r); } catch (e) { console.log(r, e.name + ': ' + e.message); }
}
console.log((10).toString(undefined), (10).toString(2.9), (10).toString('16'));
try { Number.prototype.toString.call('5'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Number('0x1f'), Number('0b101'), Number('0o17'), Number(' 12 '), Number('1e3'), Number(''), Number('12px'), Number('-0x10'));
console.log(Number(null), Number(undefined), Number([]), Number([5]), Number([1, 2]), Number({}), Number(true), Number('Infinity'), Number('-infinity'));
console.log(Number('.5'), Number('5.'), Number('+.5e1'), Number('1_000'), Number('\n\t42\u00a0'), Number('0x'), Number('1e'), Number('٣'));
console.log(1e21 + '', 1e-7 + '', 100 + '', 0.000001 + '', -1e-7 + '', 1.2e+22 + '', 123e+300 + '');
console.log((0.1).toString(36), (1e-10).toString(2).length, (Number.MAX_SAFE_INTEGER).toString(36), Number.MIN_VALUE.toString(2).length);
