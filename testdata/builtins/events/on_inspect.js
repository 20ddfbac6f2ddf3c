// What events.on's iterator looks like, and its watermark data as events queue.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
e.pause = () => console.log('paused'); e.resume = () => console.log('resumed');
const it = on(e, 'x', { highWatermark: 2 });
console.log(it);
console.log(Object.keys(it), Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.prototype);
const w = it[Symbol.for('nodejs.watermarkData')];
const show = () => console.log(w.size, w.low, w.high, w.isPaused);
show();
e.emit('x', 1); e.emit('x', 2); show();
e.emit('x', 3); show();
it.next().then((r) => { console.log(r); show(); return it.next(); }).then(() => { show(); return it.next(); }).then(() => show());
