// once, prependListener, prependOnceListener, removeListener of duplicates
// and of once-wrappers, rawListeners.
const { EventEmitter } = require('events');
const e = new EventEmitter();
const log = (tag) => function (...a) { console.log(tag, a.join(',')); };
const a = log('a'), b = log('b');
e.on('ev', a);
e.on('ev', b);
e.on('ev', a);
e.prependListener('ev', log('first'));
e.once('ev', log('once'));
e.prependOnceListener('ev', log('prepended-once'));
console.log(e.listenerCount('ev'));
e.emit('ev', 1);
console.log('--', e.listenerCount('ev'));
e.emit('ev', 2);
e.removeListener('ev', a); // the last-added a
console.log('--', e.listenerCount('ev'), e.listenerCount('ev', a));
e.emit('ev', 3);
const c = log('c');
e.once('solo', c);
console.log(e.rawListeners('solo')[0].listener === c, e.listeners('solo')[0] === c);
console.log(e.rawListeners('solo')[0].name);
e.off('solo', c); // removes the once-wrapper by its listener
console.log(e.emit('solo', 'never'), e.eventNames());
const raw = (e.once('r', log('r')), e.rawListeners('r')[0]);
raw('by hand');
console.log(e.listenerCount('r'));
raw('again'); // fired already: nothing
e.removeAllListeners('ev');
console.log(e.eventNames());
e.on('p', a).on('q', b);
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);
