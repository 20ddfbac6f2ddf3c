// Nested with statements: the innermost object that has a name wins; an
// outer object is only asked when the inner ones lack it.
const outer = { a: 'outer a', b: 'outer b', c: 'outer c' };
const inner = { a: 'inner a' };
var c = 'var c', d = 'var d';
with (outer) {
  with (inner) {
    console.log(a, b, c, d);
    a = 'A'; b = 'B'; d = 'D';
    inner.b = 'late inner b';
    console.log(b);
    with ({ c: 'innermost c' }) {
      console.log(a, b, c, d);
      const f = () => [a, b, c, d].join('|');
      console.log(f());
    }
  }
  console.log(a, b, c);
}
console.log(outer, inner, c, d);

// The same name through three proxies shows the lookup order.
const order = [];
const spy = (name, o) => new Proxy(o, { has(t, k) { order.push(`${name}.${String(k)}`); return k in t; } });
with (spy('one', { z: 1 })) with (spy('two', {})) with (spy('three', {})) {
  z;
  typeof missing;
}
console.log(order.join(' '));
