function* g() { try { yield 1; yield 2; yield 3; } finally { console.log("closed"); } }
const [a, b] = g();
console.log(a, b);
const [c, ...rest] = g();
console.log(c, rest);
const [] = g();
let x, y;
[x, , y] = g();
console.log(x, y);
