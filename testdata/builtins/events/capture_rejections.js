// captureRejections: a rejected promise from a listener becomes 'error'.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('job', async (n) => { await null; throw new Error('job ' + n + ' failed'); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('job', 1);
const f = new EventEmitter({ captureRejections: true });
f[Symbol.for('nodejs.rejection')] = (err, type, ...args) => console.log('rejection hook:', err.message, type, args);
f.on('x', () => Promise.reject(new Error('boom')));
f.emit('x', 'a', 'b');
console.log(EventEmitter.captureRejections, e[Symbol.for('nodejs.rejection')], EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log(e);
console.log('sync end');
