function log(v) { console.log('default evaluated', v); return v; }
const { a = log('a'), b = log('b') } = { a: 1 };
console.log(a, b);
const [x = log('x'), y = x * 2] = [undefined, undefined];
console.log(x, y);
const { n = log('null does not default') } = { n: null };
console.log(n);
const source = { get first() { console.log('get first'); return 1; }, get second() { console.log('get second'); return 2; } };
const { second, first } = source;
console.log(first, second);
