function f(a, b) {
  delete arguments[0];
  console.log(a, arguments[0], arguments.length);
  arguments[0] = 9;
  console.log(a, arguments[0]);
  a = 5;
  console.log(a, arguments[0]);
  b = 7;
  console.log(arguments[1]);
  arguments[1] = 8;
  console.log(b);
}
f(1, 2);
function g(a) {
  arguments[0] = 'changed';
  delete arguments[0];
  console.log(a, 0 in arguments);
  a += '!';
  console.log(a, arguments[0]);
}
g('orig');
function h(x) {
  'use strict';
  delete arguments[0];
  console.log(x, arguments[0]);
}
h(3);
function k(p, q) {
  delete arguments[1];
  q = 'late';
  console.log(p, q, Object.keys(arguments));
  arguments[0] = 'p2';
  console.log(p);
}
k('p', 'q');
