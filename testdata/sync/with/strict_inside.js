// Strict code inside a with body (a class) still looks names up in the
// with object; a failed assignment there throws.
const frozen = Object.freeze({ value: 1 });
with (frozen) {
  value = 2; // sloppy: silently ignored
  console.log(value);
  class K {
    static read() { return value; }
    static write() { value = 3; }
  }
  console.log(K.read());
  try { K.write(); } catch (e) { console.log(e.name, e.message); }
}
// arguments inside a with body is the function's, unless the object has it.
function f() {
  with ({}) { return arguments.length; }
}
function g() {
  with ({ arguments: 'object arguments' }) { return arguments; }
}
console.log(f(1, 2, 3), g(1));
