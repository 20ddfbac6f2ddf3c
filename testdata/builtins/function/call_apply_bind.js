// call, apply and bind: this, arguments, partial application, new on bound functions.
function describe(greeting, punctuation) {
  return `${greeting}, ${this && this.name}${punctuation}`;
}
const ann = { name: 'Ann' };
console.log(describe.call(ann, 'Hi', '!'), describe.apply(ann, ['Hello', '?']), describe.apply(ann));
console.log(describe.apply(ann, { length: 2, 0: 'Yo', 1: '.' }));
try { describe.apply(ann, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(describe.apply(ann, null), describe.call());
// Sloppy functions box primitives; strict functions see them raw.
function sloppyThis() { return typeof this; }
function strictThis() { 'use strict'; return this; }
console.log(sloppyThis.call(5), sloppyThis.call(null) === 'object', strictThis.call(5), strictThis.call(null), strictThis.call());
// bind fixes this and arguments.
const greetAnn = describe.bind(ann, 'Welcome');
console.log(greetAnn('...'), greetAnn.call({ name: 'other' }, ';'));
// Bound constructors ignore the bound this, and instanceof sees the target.
function Point(x, y) { this.x = x; this.y = y; }
const XPoint = Point.bind({ ignored: true }, 10);
const p = new XPoint(20);
console.log(p, p instanceof Point, p instanceof XPoint, XPoint.prototype);
// Arrow functions ignore call's this.
const arrow = () => typeof this;
console.log(arrow.call({}), arrow.bind({})());
// apply with many arguments.
const nums = Array.from({ length: 1000 }, (_, i) => i);
console.log(Math.max.apply(null, nums), String.fromCharCode.apply(null, [104, 105]));
// Errors: calling non-functions and binding non-callables.
try { const notFn = 1; notFn(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Function.prototype.bind.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (() => {})(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new (describe.bind(null).bind(null))(); console.log('bound of bound constructs'); } catch (e) { console.log(e.message); }
try { new ({ m() {} }).m(); } catch (e) { console.log(e.message); }
// Class constructors cannot be called, even through call.
class C {}
try { C.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
