// 'newListener' fires before the listener is added; 'removeListener' after removal.
const EventEmitter = require('events');
const e = new EventEmitter();
let added = false;
e.on('newListener', (name, fn) => {
  console.log('newListener', String(name), fn.name || '(anon)', e.listenerCount(name));
  if (name === 'data' && !added) {
    added = true;
    e.on('data', function early() { console.log('early runs first'); });
  }
});
e.on('removeListener', (name, fn) => console.log('removeListener', name, fn.name || '(anon)'));
function late() { console.log('late'); }
e.on('data', late);
e.emit('data');
function onceL() {}
e.once('data', onceL);
e.emit('data');
e.removeListener('data', late);
e.removeAllListeners('data');
e.on(Symbol('s'), () => {});
e.removeAllListeners();
console.log(e.eventNames());
