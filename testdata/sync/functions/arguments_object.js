function sloppy(a, b) {
  arguments[0] = 'changed via arguments';
  b = 'changed via param';
  return [a, arguments[1], arguments.length];
}
console.log(sloppy(1, 2), sloppy(1));
function strict(a) {
  'use strict';
  arguments[0] = 'no aliasing';
  return [a, arguments[0]];
}
console.log(strict('original'));
function withDefaults(a = 0) {
  arguments[0] = 'unmapped';
  return a;
}
console.log(withDefaults('kept'));
function variadic() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log(variadic(1, 2, 3, 4), variadic());
function spreadArgs() { return [...arguments].reverse(); }
console.log(spreadArgs('a', 'b', 'c'));
const arrow = () => typeof arguments;
console.log(arrow());
function outer() { const inner = () => arguments[0]; return inner('ignored'); }
console.log(outer('outer arg'));
function describe() { return Object.prototype.toString.call(arguments) + ' ' + arguments.length; }
console.log(describe(undefined, undefined));
