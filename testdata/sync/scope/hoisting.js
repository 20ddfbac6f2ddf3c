console.log(typeof f, typeof v, v);
var v = 1;
function f() { return 'f'; }
function g() {
  console.log(typeof inner, x);
  var x = 'later';
  function inner() {}
  return x;
}
console.log(g());
var dup = 'first';
var dup;
console.log(dup);
function twice() { return 1; }
function twice() { return 2; }
console.log(twice());
