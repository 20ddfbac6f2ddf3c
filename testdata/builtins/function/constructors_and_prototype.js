// Constructor functions: prototype objects, constructor links, new.target and return overrides.
function Animal(name) {
  if (!new.target) return new Animal(name);
  this.name = name;
}
Animal.prototype.speak = function () { return `${this.name} speaks`; };
const a = Animal('cat');
console.log(a.speak(), a instanceof Animal, a.constructor === Animal, Object.keys(Animal.prototype));
console.log(Object.getOwnPropertyDescriptor(Animal, 'prototype'), Object.getOwnPropertyNames(Animal.prototype));
// Inheritance the ES5 way.
function Dog(name) { Animal.call(this, name); this.tricks = []; }
Dog.prototype = Object.create(Animal.prototype, { constructor: { value: Dog, writable: true, configurable: true } });
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' woof'; };
const d = new Dog('rex');
console.log(d.speak(), d instanceof Animal, d.constructor.name, d);
// Returning an object from a constructor replaces this; primitives are ignored.
function ReturnsObject() { this.lost = true; return { replaced: true }; }
function ReturnsPrimitive() { this.kept = true; return 42; }
console.log(new ReturnsObject(), new ReturnsPrimitive());
// Replacing the prototype affects new instances only.
function Thing() {}
const before = new Thing();
Thing.prototype = { kind: 'new proto' };
const after = new Thing();
console.log(before.kind, after.kind, before instanceof Thing, after instanceof Thing);
// A non-object prototype falls back to Object.prototype.
function Weird() {}
Weird.prototype = 5;
console.log(Object.getPrototypeOf(new Weird()) === Object.prototype);
// Methods, arrows, async and generator functions are not constructors.
const nonCtors = { method() {}, arrow: () => {}, async af() {}, *gen() {} };
for (const [k, f] of Object.entries(nonCtors)) {
  try { new f(); } catch (e) { console.log(k, e.constructor.name, e.message, 'prototype' in f); }
}
console.log(typeof Function.prototype, Function.prototype(), Object.getPrototypeOf(Function.prototype) === Object.prototype);
// Function.prototype.constructor and instanceof Function.
console.log(a.speak instanceof Function, (() => {}) instanceof Object, Animal.constructor === Function);
console.log(Function.prototype[Symbol.hasInstance].call(Animal, a), Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance));
