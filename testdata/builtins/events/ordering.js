// emit is synchronous: listeners run before promise jobs, nextTicks and timers.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', (n) => {
  console.log('listener 1', n);
  Promise.resolve().then(() => console.log('microtask from listener', n));
  process.nextTick(() => console.log('nextTick from listener', n));
});
e.on('go', async (n) => {
  console.log('async listener start', n);
  await null;
  console.log('async listener resumed', n);
});
setTimeout(() => e.emit('go', 'timer'), 0);
Promise.resolve().then(() => e.emit('go', 'microtask'));
process.nextTick(() => e.emit('go', 'tick'));
console.log('emit returned', e.emit('go', 'sync'));
e.on('stop', function () {
  // Listeners are copied before calling: removing and adding during emit
  // affects only the next emit.
  e.removeAllListeners('stop');
  e.on('stop', () => console.log('added during emit'));
  console.log('first stop listener');
});
e.on('stop', () => console.log('second stop listener (still called)'));
e.emit('stop');
e.emit('stop');
console.log('end of script');
