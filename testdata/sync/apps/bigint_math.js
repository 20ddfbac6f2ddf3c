function factorial(n) { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; }
console.log(factorial(25n), factorial(30n).toString().length);
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
console.log(gcd(1071n, 462n), 2n ** 100n, -7n / 2n, -7n % 2n, BigInt.asUintN(8, 257n), BigInt('0x1f'), typeof 1n);
function isPrime(n) { if (n < 2) return false; for (let i = 2; i * i <= n; i++) if (n % i === 0) return false; return true; }
const primes = [];
for (let i = 0; primes.length < 15; i++) if (isPrime(i)) primes.push(i);
console.log(primes);
const sieve = (n) => { const s = new Uint8Array(n + 1).fill(1); s[0] = s[1] = 0; for (let i = 2; i * i <= n; i++) if (s[i]) for (let j = i * i; j <= n; j += i) s[j] = 0; return s.reduce((c, v) => c + v, 0); };
console.log(sieve(10000));
console.log(0.1 * 3, 9007199254740993, Number.MAX_SAFE_INTEGER + 2, 5 / 0, -5 % 3, 2 ** -1, Math.round(-0.5), Math.round(2.5), (-8) ** (1 / 3), Math.cbrt(-8));
console.log((123.456).toFixed(0), (0.5).toFixed(0), (1.005).toFixed(2), (1e-10).toString(), (123e20).toString(), 100 .toExponential(), Number.EPSILON > 0);
console.log([10, 1, 5, 100].sort(), [10, 1, 5, 100].sort((a, b) => a - b), ['b', 'a', 'C'].sort(), Math.max(), Math.min(), [1, 2, 3].includes(NaN), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(7 & 3, 7 | 8, 7 ^ 5, ~7, 1 << 31, -1 >>> 0, -16 >> 2, 2 ** 32 | 0);
try { 1n + 1; } catch (e) { console.log(e.message); }
console.log(1n == 1, 1n === 1, 2n > 1, [3n, 1n, 2n].sort(), 10n.toString(2), Number(2n ** 60n));
