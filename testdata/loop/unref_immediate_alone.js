setImmediate(() => console.log('never: an unref immediate alone does not keep the loop alive')).unref();
Promise.resolve().then(() => console.log('microtask still runs'));
process.nextTick(() => console.log('tick still runs'));
process.on('exit', () => console.log('exit'));
console.log('sync end');
