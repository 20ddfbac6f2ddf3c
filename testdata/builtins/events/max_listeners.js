// setMaxListeners and the MaxListenersExceededWarning (once per event).
const EventEmitter = require('events');
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.count, String(w.type), w.emitter === e));
const e = new EventEmitter();
for (let i = 0; i < 12; i++) e.on('leak', () => {});
const s = Symbol('sym');
e.setMaxListeners(2);
console.log(e.getMaxListeners());
e.on(s, () => {}); e.on(s, () => {}); e.on(s, () => {});
e.setMaxListeners(0);
for (let i = 0; i < 20; i++) e.on('unlimited', () => {});
const f = new EventEmitter();
console.log(f.getMaxListeners(), EventEmitter.defaultMaxListeners);
EventEmitter.defaultMaxListeners = 1;
console.log(f.getMaxListeners(), EventEmitter.getMaxListeners(f));
f.on('a', () => {}); f.on('a', () => {});
EventEmitter.defaultMaxListeners = 10;
console.log('sync done');
