// Number statics, constants, parseInt/parseFloat as properties and coercion helpers.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.parseInt === parseInt, Number.parseFloat === parseFloat);
const vals = [0, -0, 1, 1.5, -2, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, '5', null, true, 1e300, 5e-324, [], {}];
for (const v of vals) {
  console.log(String(v), Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), Number.isNaN(v), isFinite(v), isNaN(v));
}
console.log(Number.parseFloat('3.14abc'), Number.parseFloat('.5'), Number.parseFloat('-.5e-3x'), Number.parseFloat('Infinityx'), Number.parseFloat('1e1000'));
console.log(Number.parseInt('08'), Number.parseInt('0x1A'), Number.parseInt('1A', 16), Number.parseInt('z', 36), Number.parseInt('101', 2), Number.parseInt('  -42px'));
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON, 9007199254740993, 2 ** 53 === 2 ** 53 + 1);
console.log(Object.is(-0, 0), Object.is(NaN, NaN), -0 === 0, 1 / -0, [-0].includes(0), [NaN].indexOf(NaN), [NaN].includes(NaN));
const n = new Number(42);
console.log(typeof n, n + 1, n.valueOf(), n instanceof Number, Object.prototype.toString.call(n), JSON.stringify({ n }));
console.log(Number.prototype.valueOf.call(7), typeof Number('7'), Number.length, Number.name, new Number() + 0);
try { Number.prototype.valueOf.call('7'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log((25).toLocaleString(), (1234567.891).toLocaleString(), (-0.5).toLocaleString(), (1e21).toLocaleString());
console.log(Number(12345.6789).toLocaleString('en-US', { maximumFractionDigits: 1 }), (0.256).toLocaleString('en-US', { style: 'percent' }));
console.log(~~3.7, 3.7 | 0, -3.7 | 0, 2 ** 32 | 0, (2 ** 31) | 0, 2 ** 32 >>> 0, -1 >>> 0, 1 << 31, 5 % -3, -5 % 3, 5.5 % 2);
console.log(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), (-0).toFixed(1), Math.trunc(-0.9), Math.sign(-0));
