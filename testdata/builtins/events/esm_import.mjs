// The ES module forms: default import, named imports, node: scheme.
import EventEmitter, { once, on, errorMonitor } from 'node:events';
import events from 'events';
import * as ns from 'events';
console.log(EventEmitter === events, events.EventEmitter === EventEmitter, ns.default === events);
console.log(typeof once, typeof on, typeof errorMonitor, typeof ns.once);
const e = new EventEmitter();
setTimeout(() => e.emit('ready', 'top-level await'), 20);
const [v] = await once(e, 'ready');
console.log(v);
class Emitter extends events.EventEmitter {}
const x = new Emitter();
x.on('a', (n) => console.log('a', n));
x.emit('a', 1);
