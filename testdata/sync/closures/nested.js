function outer(a) {
  return function middle(b) {
    return function inner(c) {
      return a + b + c + (typeof d === 'undefined' ? '' : d);
    };
  };
}
console.log(outer('a')('b')('c'));
const make = n => Array.from({ length: n }, (_, i) => () => i * n);
console.log(make(4).map(f => f()));
function generatorish() {
  let state = 0;
  return function next() {
    state = (state * 31 + 7) % 101;
    return state;
  };
}
const nx = generatorish();
console.log(nx(), nx(), nx(), nx());
