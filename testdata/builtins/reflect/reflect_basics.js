// Reflect's functions next to their Object and operator counterparts.
const o = { a: 1, get double() { return this.a * 2; } };
console.log(Reflect.get(o, 'a'), Reflect.get(o, 'double', { a: 21 }), Reflect.get([5, 6], 1));
console.log(Reflect.has(o, 'a'), Reflect.has(o, 'toString'), Reflect.has([], 'length'));
console.log(Reflect.set(o, 'b', 2), o.b, Reflect.set(Object.freeze({ x: 1 }), 'x', 2));
const receiver = {};
const withSetter = { set v(x) { this.stored = x; } };
console.log(Reflect.set(withSetter, 'v', 9, receiver), receiver, withSetter.stored);
console.log(Reflect.defineProperty(o, 'c', { value: 3 }), Reflect.defineProperty(Object.freeze({}), 'c', { value: 3 }));
console.log(Reflect.deleteProperty(o, 'c'), Reflect.deleteProperty(o, 'b'), o);
console.log(Reflect.ownKeys({ z: 1, 1: 1, [Symbol('s')]: 1 }), Reflect.ownKeys([1]));
console.log(Reflect.getOwnPropertyDescriptor(o, 'double').get.name, Reflect.getOwnPropertyDescriptor(o, 'nope'));
console.log(Reflect.getPrototypeOf([]) === Array.prototype, Reflect.setPrototypeOf({}, null), Reflect.setPrototypeOf(Object.preventExtensions({}), {}));
console.log(Reflect.isExtensible({}), Reflect.preventExtensions(o), Reflect.isExtensible(o));
console.log(Reflect.apply(Math.max, null, [1, 3, 2]), Reflect.apply(''.charAt, 'abc', [1]));
class A { constructor(v) { this.v = v; this.nt = new.target.name; } }
class B {}
const made = Reflect.construct(A, [7], B);
console.log(made, made instanceof B, made instanceof A);
console.log(Reflect.construct(Date, [0]) instanceof Date, Reflect.construct(Array, [3]).length);
// Every function requires an object target; non-object errors.
for (const name of ['get', 'has', 'set', 'ownKeys', 'getPrototypeOf', 'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'getOwnPropertyDescriptor', 'setPrototypeOf']) {
  try { Reflect[name](1, 'x', {}); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { Reflect.apply(1); } catch (e) { console.log(e.message); }
try { Reflect.apply(Math.max, null); } catch (e) { console.log(e.message); }
try { Reflect.construct(() => {}, []); } catch (e) { console.log(e.message); }
try { Reflect.construct(A, [], Math.max); } catch (e) { console.log(e.message); }
try { Reflect.setPrototypeOf({}, 1); } catch (e) { console.log(e.message); }
try { Reflect.defineProperty({}, 'x', 1); } catch (e) { console.log(e.message); }
console.log(Object.prototype.toString.call(Reflect), typeof Reflect, Reflect.apply.length, Reflect.construct.length);
