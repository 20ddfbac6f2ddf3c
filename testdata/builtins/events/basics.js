// on/addListener/emit: return values, this, arguments, ordering, listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e);
function named(a, b) { console.log('named', a, b, this === e); }
e.on('data', named);
e.addListener('data', (...args) => console.log('arrow', args.length, args));
console.log(e.emit('data', 1, 2), e.emit('nothing'), e.emit('data'));
console.log(e.listenerCount('data'), EventEmitter.listenerCount(e, 'data'), e.listenerCount('data', named));
console.log(e.listeners('data').length, e.listeners('data')[0] === named);
console.log(e.eventNames(), e.getMaxListeners());
console.log(e.on('x', () => {}) === e, e.once('y', () => {}) === e, e.off('x', named) === e);
console.log(e);
console.log(e instanceof EventEmitter, e.on === e.addListener, e.off === e.removeListener);
console.log(EventEmitter === EventEmitter.EventEmitter, EventEmitter.defaultMaxListeners, EventEmitter.name, EventEmitter.length);
console.log(Object.keys(EventEmitter.prototype));
const sym = Symbol('tick');
e.on(sym, () => console.log('symbol event'));
e.emit(sym);
console.log(e.eventNames());
