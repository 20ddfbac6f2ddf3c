// Function declarations in a with body (Annex B): the block binding is
// local to the body, and the var copy is set on the function, not on the
// with object, even when the object has that name.
var o = { f: 'obj f', g: 'obj g', h: 'obj h' };
with (o) {
  function f() { return 'f called'; }
  console.log(typeof f, f());
  {
    function g() { return 'g called'; }
  }
  console.log(typeof g);
}
console.log(typeof f, f(), typeof g, o.f, o.g);

// Functions declared inside a with body see the with object when called later.
function make() {
  const ctx = { who: 'ctx' };
  with (ctx) {
    function hello() { return 'hello ' + who; }
    return hello;
  }
}
const hello = make();
console.log(hello());
