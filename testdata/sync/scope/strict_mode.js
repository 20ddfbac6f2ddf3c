'use strict';
try {
  undeclared = 1;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  Object.defineProperty({}, 'x', { value: 1 }).x = 2;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  const o = Object.freeze({ a: 1 });
  o.a = 2;
} catch (e) {
  console.log(e.name, e.message);
}
function f() { return this; }
console.log(f(), typeof f.call(1));
