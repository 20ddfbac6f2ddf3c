// Reflect.construct with newTarget: factories, abstract classes, and builtin subclass instances.
class Shape {
  constructor(kind) {
    if (new.target === Shape) throw new TypeError('Shape is abstract');
    this.kind = kind;
    this.made = new.target.name;
  }
}
class Circle extends Shape { constructor(r) { super('circle'); this.r = r; } }
try { new Shape('x'); } catch (e) { console.log(e.message); }
console.log(new Circle(2), Reflect.construct(Shape, ['via reflect'], Circle));
const shapeLike = Reflect.construct(Shape, ['square'], class Square {});
console.log(shapeLike, Object.getPrototypeOf(shapeLike).constructor.name);
// newTarget decides the prototype of builtin instances.
class MyArr extends Array { sum() { return this.reduce((a, b) => a + b, 0); } }
const arr = Reflect.construct(Array, [1, 2, 3], MyArr);
console.log(arr.sum(), Array.isArray(arr), arr instanceof MyArr, arr);
const err = Reflect.construct(Error, ['custom'], class AppError extends Error {});
console.log(err instanceof Error, err.message, Object.getPrototypeOf(err).constructor.name);
const d = Reflect.construct(Date, [0], Object);
console.log(Object.prototype.toString.call(d), typeof d.getTime);
const m = Reflect.construct(Map, [[[1, 2]]], class M2 extends Map {});
console.log(m.get(1), m.constructor.name);
// A plain function sees new.target; calling it without new leaves it undefined.
function Tracker() { return { target: new.target === undefined ? 'none' : new.target.name }; }
console.log(Tracker(), new Tracker(), Reflect.construct(Tracker, [], Circle));
// newTarget with a non-object prototype falls back to the target's realm default.
function NoProto() {}
NoProto.prototype = null;
console.log(Object.getPrototypeOf(Reflect.construct(Object, [], NoProto)) === Object.prototype);
console.log(Object.getPrototypeOf(Reflect.construct(Array, [], NoProto)) === Array.prototype);
// Errors.
try { Reflect.construct(Circle, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Reflect.construct(Math.max, []); } catch (e) { console.log(e.message); }
try { Reflect.construct(Circle, [], {}); } catch (e) { console.log(e.message); }
