// BigInt arithmetic, division/modulo signs, exponent, shifts, bitwise ops and printing.
const a = 12345678901234567890n, b = -987654321n;
console.log(a + b, a - b, a * b, a / b, a % b, -a, b ** 3n, 2n ** 100n);
console.log(7n / 2n, -7n / 2n, 7n % -2n, -7n % 2n, 0n / 5n, -0n, 0n === -0n, Object.is(0n, -0n));
console.log(1n << 70n, -1n << 3n, (1n << 70n) >> 68n, -9n >> 1n, 5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, ~-1n, -5n & 0xffn);
console.log(typeof 1n, String(10n), 10n.toString(), (255n).toString(16), (-255n).toString(2), (2n ** 64n).toString(36), 10n.toLocaleString());
console.log(`${123n}`, 1n + '', JSON.stringify({ s: String(5n) }), [1n, 2n].join('+'), [3n, 1n, 2n].sort());
console.log(BigInt(42), BigInt('0x1f'), BigInt('0b101'), BigInt('0o17'), BigInt(' 123 '), BigInt(''), BigInt(true), BigInt('-99'));
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt(2 ** 60), BigInt(-0), BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n));
console.log(BigInt.asIntN(0, 5n), BigInt.asUintN(1, 3n), BigInt.asIntN(3, 4n), BigInt.asIntN(3, -5n), BigInt.asUintN(200, -1n));
for (const bad of [1.5, NaN, Infinity, '1.5', '1n', 'abc', undefined, null, Symbol('s')]) {
  try { BigInt(bad); } catch (e) { console.log(String(typeof bad === 'symbol' ? 'symbol' : bad), e.name + ': ' + e.message); }
}
for (const f of [() => 1n / 0n, () => 1n % 0n, () => 2n ** -1n, () => 1n >>> 0n, () => +1n, () => 1n + 1, () => Math.max(1n), () => new BigInt(1), () => BigInt.asIntN(-1, 1n)]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
let x = 10n;
x++; x += 5n; x *= 2n; x **= 2n; x >>= 1n;
console.log(x, x--, --x);
const fact = n => n <= 1n ? 1n : n * fact(n - 1n);
console.log(fact(30n), fact(30n).toString().length, (fact(25n) / fact(23n)));
console.log(BigInt.prototype.toString.call(Object(7n)), Object(5n) + 1n, typeof Object(5n), Object.prototype.toString.call(3n), 3n.valueOf());
try { BigInt.prototype.toString.call(3); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (10n).toString(1); } catch (e) { console.log(e.name + ': ' + e.message); }
