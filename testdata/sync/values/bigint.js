const big = 2n ** 64n;
console.log(big, big.toString(), typeof big);
console.log(big * big, big / 3n, big % 7n, -big, big - 1n);
console.log(10n > 9, 10n == 10, 10n === 10, BigInt(123) + 1n, BigInt('0xff'));
console.log(String(12345678901234567890n), (255n).toString(16));
try {
  console.log(1n + 1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
console.log([3n, 1n, 2n].sort().join());
