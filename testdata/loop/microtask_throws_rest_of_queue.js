process.on('uncaughtException', e => console.log('uncaughtException:', e.message));
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 1b'));
queueMicrotask(() => { throw new Error('microtask throws'); });
Promise.resolve().then(() => console.log('then 2 after the throw'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
console.log('sync end');
