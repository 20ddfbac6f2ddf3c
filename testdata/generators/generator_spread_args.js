function* nums() { yield 1; yield 2; yield 3; }
function sum(...xs) { return xs.reduce((a, b) => a + b, 0); }
console.log(sum(...nums()), sum(0, ...nums(), 10, ...nums()));
console.log([..."hi", ...nums()]);
const obj = { ...[...nums()] };
console.log(obj);
console.log(String.fromCharCode(...(function* () { for (let c = 97; c < 100; c++) yield c; })()));
