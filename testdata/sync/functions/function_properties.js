function counter() {
  counter.calls = (counter.calls || 0) + 1;
  return counter.calls;
}
counter(); counter();
console.log(counter.calls, Object.keys(counter));
function Person(name) {
  if (!new.target) return new Person(name);
  this.name = name;
}
Person.prototype.hello = function () { return 'hi ' + this.name; };
console.log(Person('x').hello(), new Person('y').hello(), Person.prototype.constructor === Person);
const f = function () {};
console.log(typeof f.prototype, typeof (() => {}).prototype, f.toString());
console.log(String(function add(a, b) { return a + b; }));
console.log(Function.prototype.toString.call(class A { m() {} }));
