process.on('uncaughtException', e => console.log('uncaughtException:', e.message));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw new Error('tick 2 throws'); });
process.nextTick(() => console.log('tick 3 after the throw'));
Promise.resolve().then(() => console.log('microtask after the throw'));
setImmediate(() => console.log('immediate'));
console.log('sync end');
