// Parenthesised and comma callees, optional calls and chains, nested typeof,
// var lists, destructuring assignment, an await assigning through the object.
var o = { f() { return this === o; }, x: 1, y: { z: 2 } };
with (o) {
  console.log((f)(), (0, f)(), f?.(), typeof typeof x, x?.toString(), y?.z, delete y.z, y);
  var a = 1, b = x;
  for (let v of [x]) console.log("v", v);
  lbl: x;
  [x, ...rest] = [5, 6];
  ({ x } = { x: 7 });
  console.log(x, rest, a, b);
}
function g() { with (o) return arguments.length; }
async function h() { with (o) { x = await 8; } }
h().then(() => console.log(o.x, g(1, 2)));
with (o) with (o) with (o) ;
with (o) { async function k() { return x; } k().then(v => console.log('k', v)); }
