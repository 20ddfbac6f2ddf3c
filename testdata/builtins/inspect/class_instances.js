// Instances print with their class name; tags, null prototypes and anonymous classes.
class Animal { constructor(name) { this.name = name; } }
class Dog extends Animal { constructor(name) { super(name); this.tricks = ['sit']; } }
console.log(new Animal('generic'), new Dog('rex'));
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(new Tagged());
class TaggedWithProps { constructor() { this.x = 1; } get [Symbol.toStringTag]() { return 'TG'; } }
console.log(new TaggedWithProps());
const tagOnly = { [Symbol.toStringTag]: 'Own' };
console.log(tagOnly);
const hiddenTag = {};
Object.defineProperty(hiddenTag, Symbol.toStringTag, { value: 'Hidden' });
console.log(hiddenTag);
const np = Object.create(null);
console.log(np);
np.a = 1; np.b = [1];
console.log(np);
console.log([Object.create(null)]);
const Anon = class {};
console.log(new Anon());
const anon = new (class {})();
console.log(anon);
function OldStyle(v) { this.v = v; }
console.log(new OldStyle(3));
OldStyle.prototype.method = function () {};
console.log(new OldStyle(4));
const protoObj = { greet() {} };
const child = Object.create(protoObj);
child.own = true;
console.log(child);
class Base {}
const fromNullProtoClass = Object.create(Object.create(null));
console.log(fromNullProtoClass);
class WithStatic { static count = 1; }
console.log(WithStatic, new WithStatic());
class Private { #secret = 1; visible = 2; }
console.log(new Private());
const inst = new Dog('fido');
Object.setPrototypeOf(inst, null);
console.log(inst);
class MyArray extends Array {}
console.log(MyArray.from([1, 2]), new MyArray());
class MyMap extends Map {}
console.log(new MyMap([[1, 2]]));
class MySet extends Set {}
console.log(new MySet());
class MyPromise extends Promise {}
console.log(MyPromise.resolve(1));
console.log(Object.create(Dog.prototype));
