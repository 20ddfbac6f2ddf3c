// Generators see arguments, this, new.target and default parameters as
// ordinary functions do, at first next() (parameters are bound at the call).
function* g(a, b = a * 2, ...rest) {
  yield arguments.length;
  yield [a, b, rest];
  a = 'changed';
  yield arguments[0];
  yield this === undefined ? 'undefined this' : typeof this;
  yield new.target === undefined;
}
console.log([...g(1)]);
console.log([...g.call({}, 3, 4, 5, 6)]);
let evaluated = false;
function* lazy(x = (evaluated = true)) {
  yield x;
}
const it = lazy();
console.log('defaults at call:', evaluated);
function* strictG() {
  'use strict';
  yield this;
}
console.log(strictG().next().value, strictG.call(5).next().value);
const o = {
  name: 'obj',
  *m() {
    yield this.name;
    yield* [1, 2].map(function () { return this; }, 'mapped');
  },
};
console.log([...o.m()].map(String));
try {
  new g();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
function* bad(x = (() => { throw new Error('default threw'); })()) {
  yield x;
}
try {
  bad();
} catch (e) {
  console.log('at call:', e.message);
}
