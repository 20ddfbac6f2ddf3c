// Assorted statements and expressions with names found in a with object.
const fixed = 'const';
with ({ fixed: 'obj fixed' }) { fixed = 'changed'; console.log(fixed); }
try { with ({}) { fixed = 'changed'; } } catch (e) { console.log(e.name, e.message); }

// A sloppy function's parameter is still mapped to arguments.
function mapped(a) {
  with ({}) { a = 'through with'; }
  return arguments[0];
}
console.log(mapped('arg'));

// A named function expression's own name, new, spread, default parameters.
const fact = function fact(n) {
  with ({ one: 1 }) { return n <= one ? one : n * fact(n - 1); }
};
console.log(fact(5));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
with ({ Point: class { constructor() { this.fake = true; } }, args: [3, 4] }) {
  console.log(new Point(...args));
  console.log(((a = args) => a.length)());
}

// Labels, continue and switch through a with body; class fields read it.
const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
outer: for (const row of rows) {
  with (row) {
    switch (n) {
      case 1: console.log('one'); continue outer;
      case 3: console.log('three'); break outer;
    }
    class C { v = n * 100; static s = n; }
    console.log(new C().v, C.s);
  }
}
// Optional chains, in, instanceof and templates.
with ({ maybe: null, box: { inner: { v: 'deep' } }, K: Point }) {
  console.log(maybe?.x, box?.inner.v, 'inner' in box, new K(1, 2) instanceof K, `${box.inner.v}!`);
}
