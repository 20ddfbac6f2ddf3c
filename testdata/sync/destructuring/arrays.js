const [a, b, ...rest] = [1, 2, 3, 4, 5];
console.log(a, b, rest);
const [, second, , fourth = 'default4', fifth = 'default5'] = ['one', 'two', 'three'];
console.log(second, fourth, fifth);
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [[n1, n2], [n3]] = [[1, 2], [3]];
console.log(n1, n2, n3);
const [c1, c2, c3] = 'hi';
console.log(c1, c2, c3);
const [first, ...others] = new Set(['s1', 's2', 's3']);
console.log(first, others);
function* gen() { yield 1; console.log('second pulled'); yield 2; console.log('never'); yield 3; }
const [g1, g2] = gen();
console.log(g1, g2);
