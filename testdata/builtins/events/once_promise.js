// events.once: a promise of the arguments array; rejects on 'error'.
const { EventEmitter, once } = require('events');
async function main() {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 'a', 2), 20);
  const args = await once(e, 'ready');
  console.log('ready with', args);
  console.log(e.listenerCount('ready'), e.listenerCount('error'));
  setTimeout(() => e.emit('error', new Error('failed to start')), 20);
  try {
    await once(e, 'start');
  } catch (err) {
    console.log('rejected:', err.message, e.listenerCount('start'));
  }
  const p = once(e, 'error');
  e.emit('error', new Error('as a value'));
  const [err] = await p;
  console.log('error event value:', err.message);
  queueMicrotask(() => e.emit('tick', 1));
  console.log(await once(e, 'tick'));
  const [a, b] = await Promise.all([once(e, 'x'), once(e, 'y'), Promise.resolve().then(() => { e.emit('y', 'Y'); e.emit('x', 'X'); })]);
  console.log(a, b);
}
main().then(() => console.log('done'));
