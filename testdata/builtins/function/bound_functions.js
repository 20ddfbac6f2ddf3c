// Bound functions in event-style code: names, lengths, this, partial args, and printing.
class Button {
  constructor(label) { this.label = label; this.onClick = this.onClick.bind(this); }
  onClick(event) { return `${this.label} got ${event}`; }
}
const b = new Button('OK');
const { onClick } = b;
console.log(onClick('click'), onClick.name, onClick.length, Object.hasOwn(b, 'onClick'));
function unbound() { return this === undefined ? 'undefined this' : typeof this; }
const detached = { unbound }.unbound;
console.log(detached(), unbound.bind('str')(), unbound.bind(undefined)());
function strictUnbound() { 'use strict'; return this; }
console.log(strictUnbound.bind('str')(), strictUnbound.bind(null)());
// Partial application and the resulting length.
function volume(l, w, h) { return l * w * h; }
const base10 = volume.bind(null, 10);
const base10x2 = base10.bind(null, 2);
console.log(base10(2, 3), base10x2(5), base10.length, base10x2.length, base10x2.name);
// Binding twice keeps the first this.
function who() { return this.n; }
console.log(who.bind({ n: 1 }).bind({ n: 2 })());
// Bound functions print as [Function: bound x] and have no prototype.
console.log(onClick, base10, [who.bind(null)], { f: (() => 1).bind(null) });
console.log('prototype' in who.bind(null), typeof who.bind(null).prototype, String(who.bind(null)));
// setTimeout-style callback losing this, fixed by bind or arrows.
class Counter {
  constructor() { this.n = 0; }
  tickLater(cb) { return () => cb(); }
  inc() { this.n++; return this.n; }
}
const c = new Counter();
try { c.tickLater(c.inc)(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(c.tickLater(c.inc.bind(c))(), c.tickLater(() => c.inc())());
// bind on a class: new works, plain calls do not.
class Pt { constructor(x, y) { this.x = x; this.y = y; } }
const AtOrigin = Pt.bind(null, 0);
console.log(new AtOrigin(5), new AtOrigin(5) instanceof Pt, AtOrigin.name);
try { AtOrigin(1); } catch (e) { console.log(e.constructor.name, e.message); }
