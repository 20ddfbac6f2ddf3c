// The smaller helpers: getEventListeners, setMaxListeners on targets, init,
// a plain object made an emitter with EventEmitter.call, inspect depth.
const events = require('events');
const { EventEmitter, getEventListeners } = events;
const util = require('util');
const e = new EventEmitter();
function f() {}
e.on('a', f); e.once('a', function g() {});
console.log(getEventListeners(e, 'a'), getEventListeners(e, 'none'));
const e2 = new EventEmitter();
events.setMaxListeners(3, e, e2);
console.log(e.getMaxListeners(), e2.getMaxListeners(), EventEmitter.defaultMaxListeners);
const plain = {};
EventEmitter.call(plain);
console.log(plain);
Object.setPrototypeOf(plain, EventEmitter.prototype);
plain.on('hi', (x) => console.log('plain emitter got', x));
plain.emit('hi', 'there');
const legacy = { listenerCount: (t) => 'custom ' + t };
console.log(EventEmitter.listenerCount(legacy, 'q'), EventEmitter.listenerCount(e, 'a'));
console.log(util.inspect(e, { depth: 0 }));
console.log(util.inspect(new EventEmitter(), { showHidden: false, compact: true }));
const big = new EventEmitter();
big.on('many', (...args) => console.log(args.length, args[9]));
big.emit('many', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
try { EventEmitter.defaultMaxListeners = 'x'; } catch (err) { console.log(err.code, err.message); }
try { events.setMaxListeners(1, {}); } catch (err) { console.log(err.code); }
console.log(typeof EventEmitter.init, EventEmitter.usingDomains, e.listenerCount('a', f));
class Sub extends EventEmitter {}
Sub.prototype._events = { preset: f };
const s = new Sub();
console.log(s._events === Sub.prototype._events, s.eventNames(), s.listenerCount('preset'));
const e3 = new EventEmitter();
e3.on('x', f);
e3.removeListener('x', f);
console.log(e3._events, e3._eventsCount, e3.emit('x'));
for (const k in new EventEmitter()) process.stdout.write(k + ' ');
console.log();
