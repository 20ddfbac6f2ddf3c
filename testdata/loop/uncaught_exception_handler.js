process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, origin);
});
process.nextTick(() => { throw new Error('from nextTick'); });
setImmediate(() => {
  queueMicrotask(() => { throw new Error('from queueMicrotask'); });
  queueMicrotask(() => console.log('next microtask still runs'));
  console.log('immediate runs');
  setTimeout(() => {
    console.log('timer 1 throws');
    throw new Error('from timer 1');
  }, 0);
  setTimeout(() => console.log('timer 2 still runs'), 20);
});
console.log('sync end');
