// A module is strict code whose top-level this is undefined and whose
// declarations are not properties of globalThis.
console.log(this, typeof this);
const arrow = () => this;
console.log(arrow());
function plain() { return this; }
console.log(plain());
var v = 1;
let l = 2;
function f() {}
class C {}
console.log('v' in globalThis, 'l' in globalThis, 'f' in globalThis, 'C' in globalThis);
try {
  undeclared = 5;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Object.freeze([1]).push(2);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  NaN = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(typeof globalThis.undeclared, v, l, typeof f, typeof C);
