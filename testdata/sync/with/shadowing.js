// Names declared inside the with body are never looked up in the object:
// let, const, class, function parameters, catch parameters, inner functions.
const o = { a: 'obj a', b: 'obj b', c: 'obj c', d: 'obj d', e: 'obj e', f: 'obj f', g: 'obj g' };
with (o) {
  let a = 'let a';
  const b = 'const b';
  class c {}
  function show(d) { return d; }
  try { throw 'thrown e'; } catch (e) { console.log(e); }
  console.log(a, b, typeof c, show('param d'), e);
  {
    let f = 'block f';
    console.log(f);
  }
  console.log(f, g);
  const arrow = (g) => g;
  console.log(arrow('arrow g'));
  for (let e = 0; e < 1; e++) console.log('loop e', e);
}
console.log(o);
