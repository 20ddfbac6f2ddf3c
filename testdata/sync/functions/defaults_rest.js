function greet(name = 'world', punct = name === 'world' ? '!' : '.') {
  return `hello ${name}${punct}`;
}
console.log(greet(), greet('Bob'), greet(undefined, '?'), greet(null));
function sum(first, ...rest) {
  return rest.reduce((a, b) => a + b, first);
}
console.log(sum(1), sum(1, 2, 3, 4), sum(...[5, 6, 7]));
function args() {
  return [arguments.length, Array.from(arguments), typeof arguments, Array.isArray(arguments)];
}
console.log(args(1, 'two', [3]));
let calls = 0;
function lazy(x = ++calls) { return x; }
console.log(lazy(), lazy(10), lazy(), calls);
function scoped(a, b = () => a) { a = 2; return b(); }
console.log(scoped(1));
