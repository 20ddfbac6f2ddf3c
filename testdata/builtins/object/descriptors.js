// getOwnPropertyDescriptor(s) on plain objects, classes, arrays, functions and builtins.
class Point {
  #secret = 1;
  constructor(x) { this.x = x; }
  get len() { return Math.abs(this.x); }
  static origin() { return new Point(0); }
}
console.log(Object.getOwnPropertyDescriptors(new Point(3)));
const protoDescs = Object.getOwnPropertyDescriptors(Point.prototype);
console.log(Object.keys(protoDescs), protoDescs.len.enumerable, typeof protoDescs.len.get, protoDescs.len.set);
console.log(Object.getOwnPropertyDescriptor(Point, 'prototype'));
console.log(Object.getOwnPropertyDescriptor(Point, 'name'), Object.getOwnPropertyDescriptor(Point, 'length'));
console.log(Object.getOwnPropertyDescriptor(['a'], 'length'), Object.getOwnPropertyDescriptor(['a'], '0'));
console.log(Object.getOwnPropertyDescriptor('abc', 1), Object.getOwnPropertyDescriptor('abc', 'length'));
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'), Object.getOwnPropertyDescriptor(globalThis, 'undefined'));
console.log(Object.getOwnPropertyDescriptor(Array.prototype, 'map').enumerable);
console.log(Object.getOwnPropertyDescriptor({}, 'missing'), Object.getOwnPropertyDescriptor(1, 'x'));
try { Object.getOwnPropertyDescriptor(null, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }
// Keys are converted with ToPropertyKey.
const keyObj = { toString() { return 'k'; } };
console.log(Object.getOwnPropertyDescriptor({ k: 1 }, keyObj).value, Object.getOwnPropertyDescriptor([5], 0.0).value);
// Copying accessors properly: the shallow-clone idiom.
const source = { a: 1, get doubled() { return this.a * 2; } };
const clone = Object.defineProperties({}, Object.getOwnPropertyDescriptors(source));
clone.a = 10;
console.log(clone.doubled, Object.assign({}, source).doubled);
const withProto = Object.create(Object.getPrototypeOf(new Point(1)), Object.getOwnPropertyDescriptors(new Point(-7)));
console.log(withProto instanceof Point, withProto.len);
// Symbols are included.
const s = Symbol('tag');
console.log(Object.getOwnPropertyDescriptors({ [s]: 1 }));
console.log(Object.getOwnPropertyDescriptors('hi'));
