// A var declared with an initialiser inside a with body assigns through the
// with object when it has the name; the var itself is hoisted out of the
// body and stays undefined then.
function f(o) {
  with (o) {
    var x = 'assigned', y = 'assigned y';
    var { a, b = 'default b' } = { a: 'pattern a' };
    var [m, ...rest] = ['m', 1, 2];
  }
  return [x, y, a, b, m, rest];
}
const o = { x: 'old x', a: 'old a', rest: null };
console.log(f(o), o);
console.log(f({}));

// for (var k in ...) and for (var v of ...) heads assign through the object too.
function g(o) {
  with (o) {
    for (var k in { p: 1, q: 2 }) {}
    for (var v of ['first', 'last']) {}
  }
  return [k, v];
}
const o2 = { k: 'old', v: 'old' };
console.log(g(o2), o2);
console.log(g({}));

// A var without initialiser changes nothing.
with (o2) { var k; }
console.log(typeof k, o2.k);
