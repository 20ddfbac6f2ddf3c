// Validating user input as numbers: Number vs parseFloat vs unary plus, safe integers, clamping, NaN checks.
const inputs = ['42', '42.0', '4.2e1', ' 42 ', '42abc', '', '  ', '0x2A', '-0', '+7', '.5', 'NaN', 'Infinity', '1,000', '1 000', '١٢', null, undefined, true, '9007199254740993'];
const strict = v => typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
for (const v of inputs) {
  console.log(JSON.stringify(v), Number(v), parseFloat(v), +v, strict(v), Number.isSafeInteger(Number(v)));
}
const toInt = (v, def = 0) => { const n = Number.parseInt(v, 10); return Number.isNaN(n) ? def : n; };
console.log(['12', '12.9', '-3px', 'x', '', '0012'].map(v => toInt(v, -1)));
const price = s => Math.round(parseFloat(s.replace(/[^0-9.-]/g, '')) * 100) / 100;
console.log(['$1,234.567', '€ 9.99', '-12.345 USD', 'free'].map(price));
console.log(Number.isInteger('5'), Number.isInteger(5), Number.isInteger(5.5), Number.isInteger(-0), Number.isInteger(1e300), Number.isSafeInteger(2 ** 53));
console.log((12345.6789).toFixed(2), Number((12345.6789).toFixed(2)), Math.round(12345.6789 * 100) / 100, Math.trunc(-4.7), Math.ceil(-4.2), Math.floor(4.7));
console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['10', '9', '1'].map(Number).sort((a, b) => b - a));
console.log(0.1 + 0.2, (0.1 + 0.2).toFixed(2), 0.1 * 0.2, 1.1 + 2.2, 3 * 0.1, 0.3 - 0.1, 100 * 1.1, 1e16 + 1, 123456789 * 987654321);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, 2 ** 53 - 1, -(2 ** 53 - 1) === Number.MIN_SAFE_INTEGER, 1 / 3 * 3 === 1);
console.log((255).toString(16).padStart(4, '0'), parseInt('ff', 16).toString(2), (0.5).toString(16), Number('0b1111') + Number('0o17') + Number('0xf'));
console.log(Math.max(...[1, 5, 3]), Math.min(...[]), [1, 2, 3].reduce((a, b) => a + b) / 3, Math.hypot(3, 4), Math.cbrt(27), Math.log10(1000), Math.log2(8));
