// Function.prototype.toString returns the exact source text of user code.
function plain(a, b /* comment kept */) {
  return a + b; // trailing
}
const arrow = (x) => x * 2;
const asyncArrow = async x => { await x; };
const expr = function named() {};
function* gen() { yield 1; }
async function* agen() {}
class Klass extends Object {
  static s() {}
  #p() {}
  get g() { return 1; }
  set g(v) {}
  'quoted key'() {}
  [Symbol.iterator]() {}
}
const obj = { method() { return 'm'; }, async am() {}, *gm() {}, prop: function () {}, arrowProp: () => {} };
for (const f of [plain, arrow, asyncArrow, expr, gen, agen, Klass, Klass.s, obj.method, obj.am, obj.gm, obj.prop, obj.arrowProp]) {
  console.log(f.toString());
}
const d = Object.getOwnPropertyDescriptor(Klass.prototype, 'g');
console.log(d.get.toString(), '|', d.set.toString());
console.log(Klass.prototype['quoted key'].toString(), Klass.prototype[Symbol.iterator].toString());
// Builtins and bound functions print as native code.
console.log(Math.max.toString(), String(Array.prototype.map), `${Object}`);
console.log(plain.bind(null).toString(), Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.toString());
console.log(Function.prototype.toString(), String(Symbol));
// String concatenation and template literals call toString.
console.log('' + arrow, `${(a, b) => a}`);
// Calling toString on a non-function throws.
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
const fakeTo = { toString: Function.prototype.toString };
try { `${fakeTo}`; } catch (e) { console.log(e.message); }
// Unicode and line breaks in the source survive.
const uni = function ünï(s = '😀') {
	return s; };
console.log(uni.toString(), uni.name);
