const log = s => console.log(s);
setTimeout(() => {
  log('zero-delay timer');
  setTimeout(() => log('from 0ms timer, 100ms'), 100);
  setImmediate(() => setTimeout(() => log('from immediate in timer, 100ms'), 100));
}, 0);
setTimeout(() => log('sync 1'), 30);
process.nextTick(() => setTimeout(() => log('from nextTick'), 30));
Promise.resolve().then(() => setTimeout(() => log('from microtask'), 30));
queueMicrotask(() => process.nextTick(() => setTimeout(() => log('from tick in microtask'), 30)));
setTimeout(() => log('sync 2'), 30);
