// __defineGetter__ and friends, and accessors in object literals.
const o = {};
o.__defineGetter__('now', function () { return 'got ' + this.tag; });
o.__defineSetter__('now', function (v) { this.tag = v.toUpperCase(); });
o.now = 'abc';
console.log(o.now, o.__lookupGetter__('now').name, o.__lookupSetter__('now').length);
console.log(Object.getOwnPropertyDescriptor(o, 'now').enumerable, Object.getOwnPropertyDescriptor(o, 'now').configurable);
const child = Object.create(o);
console.log(typeof child.__lookupGetter__('now'), child.__lookupGetter__('tag'));
try { o.__defineGetter__('x', 5); } catch (e) { console.log(e.constructor.name, e.message); }
// Getter-only property: assignment is ignored in sloppy mode, throws in strict.
const ro = { get v() { return 1; } };
ro.v = 2;
console.log(ro.v);
try { (() => { 'use strict'; ro.v = 2; })(); } catch (e) { console.log(e.constructor.name, e.message); }
// Setter-only property reads undefined.
const wo = { set v(x) { this._v = x; } };
wo.v = 3;
console.log(wo.v, wo._v);
// Accessors on classes, static and instance, plus inheritance.
class Temp {
  static #count = 0;
  static get count() { return Temp.#count; }
  #c = 0;
  get celsius() { return this.#c; }
  set celsius(v) { if (typeof v !== 'number') throw new TypeError('not a number: ' + v); this.#c = v; Temp.#count++; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
}
class Hot extends Temp { get fahrenheit() { return 'hot: ' + super.fahrenheit; } }
const h = new Hot();
h.celsius = 100;
console.log(h.fahrenheit, Temp.count, Object.keys(h));
try { h.celsius = 'x'; } catch (e) { console.log(e.message); }
// Getter names.
const desc = Object.getOwnPropertyDescriptor(Temp.prototype, 'celsius');
console.log(desc.get.name, desc.set.name, Object.getOwnPropertyDescriptor(Temp, 'count').get.name);
const sym = Symbol('sym');
console.log(Object.getOwnPropertyDescriptor({ get [sym]() { return 1; } }, sym).get.name);
console.log(o);
