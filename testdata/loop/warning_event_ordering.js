process.on('warning', w => console.log('warning event:', w.name, '-', w.message.split('\n')[0]));
Promise.resolve().then(() => console.log('microtask'));
setTimeout(() => console.log('overflowed timer runs'), 2 ** 31);
process.nextTick(() => console.log('tick queued after the overflow'));
process.emitWarning('custom message', 'CustomWarning');
console.log('sync end');
