console.log(1 < 2, 2 < 1, 'a' < 'b', 'B' < 'a', 'abc' < 'abd', '10' < '9', 10 < 9, '10' < 9);
console.log(null >= 0, null > 0, null == 0, undefined >= 0, NaN <= NaN, [2] > 1, 'a' > 1);
console.log([1, 10, 2, 21].sort(), [1, 10, 2, 21].sort((a, b) => a - b));
const d = { valueOf: () => 3 };
console.log(d > 2, d < 4, d >= 3, d <= 2);
console.log(1n < 2, 2 > 1n, 'b' > 'a' === true);
