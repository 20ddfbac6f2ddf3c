// The name and length every kind of function gets.
function f(a, b, c) {}
const g = function () {};
const h = () => {};
const named = function inner() {};
console.log(f.name, f.length, g.name, h.name, named.name);
console.log(((a, b = 1, c) => {}).length, ((...rest) => {}).length, (({ a }, [b]) => {}).length, ((a, b, ...c) => {}).length);
const o = {
  m() {},
  ['comp' + 'uted']: () => {},
  [Symbol('desc')]: function () {},
  [Symbol()]: () => {},
  get acc() { return 1; },
  123: function () {},
};
const syms = Object.getOwnPropertySymbols(o);
console.log(o.m.name, o.computed.name, o[syms[0]].name, JSON.stringify(o[syms[1]].name), o[123].name);
console.log(Object.getOwnPropertyDescriptor(o, 'acc').get.name);
console.log(f.bind(null).name, f.bind(null, 1).length, f.bind(null, 1, 2, 3, 4).length, f.bind().bind().name);
class A { static st() {} #priv() {} getPriv() { return this.#priv; } }
console.log(A.name, A.st.name, new A().getPriv().name, (class {}).name, (class Named {}).name);
let assigned;
assigned = function () {};
const { defaulted = () => {} } = {};
console.log(assigned.name, defaulted.name);
console.log(Function.prototype.constructor === Function, Function.prototype.name === '', Function.name, Function.length);
// name and length are configurable but not writable.
f.name = 'changed';
console.log(f.name, Object.getOwnPropertyDescriptor(f, 'name'), Object.getOwnPropertyDescriptor(f, 'length'));
Object.defineProperty(f, 'name', { value: 'redefined' });
console.log(f.name, f.bind(null).name);
Object.defineProperty(f, 'length', { value: -5 });
console.log(f.bind(null).length);
delete f.length;
console.log(f.length, Object.hasOwn(f, 'length'));
// Functions made by builtins have names too.
console.log(Promise.resolve.name, [].map.name, Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.name);
console.log(Symbol.prototype[Symbol.toPrimitive].name, Array.prototype[Symbol.iterator].name);
