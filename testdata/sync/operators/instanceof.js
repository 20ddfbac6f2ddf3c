class Animal {}
class Dog extends Animal {}
const d = new Dog();
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, d instanceof Array);
console.log([] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object);
function Legacy() {}
const l = new Legacy();
console.log(l instanceof Legacy, Object.getPrototypeOf(l) === Legacy.prototype);
class Even {
  static [Symbol.hasInstance](n) {
    return n % 2 === 0;
  }
}
console.log(2 instanceof Even, 3 instanceof Even);
try {
  console.log(1 instanceof {});
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
