console.log(hoisted(2));
function hoisted(x) { return x * 10; }
const expr = function named(n) { return n <= 1 ? 1 : n * named(n - 1); };
const arrow = (a, b) => a + b;
const arrowBody = x => { const y = x * 2; return y + 1; };
const objLiteral = () => ({ wrapped: true });
console.log(expr(5), arrow(2, 3), arrowBody(4), objLiteral());
console.log(hoisted.name, expr.name, arrow.name, (() => {}).name, (function () {}).name);
console.log(hoisted.length, arrow.length, ((a, b = 1, c) => 0).length, ((...r) => 0).length);
console.log(typeof named);
