// Object.create, getPrototypeOf/setPrototypeOf, __proto__ and null-prototype dictionaries.
const animal = { speak() { return `${this.name} makes a sound`; } };
const dog = Object.create(animal, { name: { value: 'Rex', enumerable: true } });
console.log(dog.speak(), Object.getPrototypeOf(dog) === animal, animal.isPrototypeOf(dog));
console.log(dog, Object.keys(dog));
const dict = Object.create(null);
dict.key = 'v';
dict.__proto__ = 'stored as a key';
console.log(dict, 'toString' in dict, Object.keys(dict));
console.log(Object.prototype.hasOwnProperty.call(dict, 'key'), Object.hasOwn(dict, '__proto__'));
try { Object.create(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.create(); } catch (e) { console.log(e.message); }
try { Object.create({}, null); } catch (e) { console.log(e.message); }
try { Object.create({}, { bad: 1 }); } catch (e) { console.log(e.message); }
// setPrototypeOf returns its argument and checks cycles and extensibility.
const a = {}, b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.message); }
console.log(Object.setPrototypeOf(1, null), Object.getPrototypeOf(1) === Number.prototype);
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf(undefined, {}); } catch (e) { console.log(e.message); }
// Same prototype on a non-extensible object is fine.
const fixed = Object.preventExtensions(Object.create(a));
console.log(Object.setPrototypeOf(fixed, a) === fixed);
// __proto__ in literals and as an accessor.
const lit = { __proto__: animal, name: 'Lit' };
const computed = { ['__proto__']: animal };
console.log(lit.speak(), Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed));
const obj = {};
obj.__proto__ = animal;
console.log(Object.getPrototypeOf(obj) === animal, obj.__proto__ === animal);
obj.__proto__ = 42;
console.log(Object.getPrototypeOf(obj) === animal);
console.log(Object.getPrototypeOf(Object.prototype), Object.getPrototypeOf(Object.create(null)));
console.log(Object.getPrototypeOf(function* () {}) === Object.getPrototypeOf(function* () {}));
console.log(Object.getPrototypeOf(async () => {}).constructor.name, Object.getPrototypeOf(class {}) === Function.prototype);
// Prototype chains are walked by instanceof and in.
function Shape() {}
Shape.prototype.area = function () { return 0; };
const sq = Object.create(Shape.prototype);
console.log(sq instanceof Shape, 'area' in sq, sq.area());
