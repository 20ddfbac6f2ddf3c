// Functions and classes: kinds, names, anonymous ones, extends, own properties.
function named() {}
const arrow = () => {};
const anonymous = function () {};
console.log(named, arrow, anonymous, function () {}, () => {});
console.log(async function af() {}, async () => {}, function* gen() {}, async function* ag() {});
console.log(class A {}, class {}, class B extends Array {}, class extends Map {});
class Base {}
class Derived extends Base {}
class Deeper extends Derived {}
console.log(Base, Derived, Deeper, [Derived], { cls: Deeper });
console.log(Math.max, Array.prototype.push, Object, Function.prototype, Symbol);
console.log(named.bind(null), arrow.bind(null), (function x() {}).bind({}));
const withProps = function tool() {};
withProps.version = '1.0';
withProps.nested = { a: 1 };
console.log(withProps);
class WithStatic { static s = 1; static m() {} }
console.log(WithStatic);
const o = { method() {}, async am() {}, *gm() {}, ['computed' + 1]() {}, [Symbol('sym')]() {} };
console.log(o);
console.log({ get a() { return 1; } }.constructor);
const renamed = function orig() {};
Object.defineProperty(renamed, 'name', { value: 'renamed' });
console.log(renamed);
const unnamed = (() => () => {})();
console.log(unnamed, unnamed.name === '');
const noName = function () {};
Object.defineProperty(noName, 'name', { value: '' });
console.log(noName);
const fnNullProto = function npf() {};
Object.setPrototypeOf(fnNullProto, null);
console.log(fnNullProto);
class NullBase extends null {}
console.log(NullBase);
console.log([named, arrow, class C {}, Math.abs]);
console.log(typeof named, named.name, named.length, ((a, b) => {}).length);
console.log(String(named), String(arrow), String(class K { m() { return 1; } }));
