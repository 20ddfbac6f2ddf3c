// class extends EventEmitter and the older util.inherits pattern.
const EventEmitter = require('events');
const util = require('util');
class Door extends EventEmitter {
  constructor(name) { super(); this.name = name; }
  open() { this.emit('open', this.name); return this; }
}
const d = new Door('front');
d.on('open', function (n) { console.log('opened', n, this instanceof Door, this === d); });
d.open();
console.log(d instanceof Door, d instanceof EventEmitter, d.constructor.name);
console.log(d);
function Bell() { EventEmitter.call(this); this.rings = 0; }
util.inherits(Bell, EventEmitter);
Bell.prototype.ring = function () { this.rings++; this.emit('ring', this.rings); };
const b = new Bell();
b.on('ring', (n) => console.log('ring', n));
b.ring(); b.ring();
console.log(b instanceof EventEmitter, Object.keys(b));
console.log(b);
class Loud extends EventEmitter {
  emit(type, ...args) { console.log('emit override:', type); return super.emit(type, ...args); }
}
const l = new Loud();
l.once('hi', () => console.log('hi listener'));
l.on('newListener', (n) => console.log('new', n));
l.on('x', () => {});
l.emit('hi');
class Counter extends EventEmitter {
  #count = 0;
  inc() { this.emit('change', ++this.#count); }
}
const c = new Counter();
c.on('change', (v) => console.log('count', v));
c.inc(); c.inc();
