function add(a, b) { return a + b; }
console.log(add(1, 2));
// ---
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
// ---
let x = f() && g();
let y = h(x, a ?? b);
// ---
function f(n) {
  try {
    if (n) return 1;
  } catch (e) {
    console.log(e);
  } finally {
    console.log('done');
  }
  return 2;
}
// ---
outer: for (const a of xs) {
  for (const b of ys) {
    if (b) continue outer;
    if (a) break outer;
  }
}
// ---
lbl: { if (x) break lbl; f(); }
// ---
switch (x) {
  case 1: f();
  case 2: g(); break;
  default: h();
}
// ---
class A extends B {
  #p = 1;
  static s = 2;
  constructor(v) { super(v); this.v = v; }
  get p() { return this.#p; }
  m() { return super.m() + 1; }
}
// ---
const {a, b: [c, d = 1], ...rest} = obj;
// ---
function g(a = 1, {b} = {}, ...r) { return arguments.length; }
// ---
{ f(t); let t = 1; function f() { return t; } }
