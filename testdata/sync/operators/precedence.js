console.log(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4, 100 / 10 / 5);
console.log(!true || true, !(true || true), 1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1);
console.log(typeof 1 + 2, (-3) ** 2, -(3 ** 2));
let a = 1, b = 2;
console.log(a++ + ++b, a, b, a+++b);
console.log(true ? false ? 1 : 2 : 3, null ?? (0 || 5), 1 + - + + + - + 1);
console.log('3' + 4 + 5, 3 + 4 + '5', 1 - '1' + '1');
