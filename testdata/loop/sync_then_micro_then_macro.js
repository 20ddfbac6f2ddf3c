console.log('1 sync');
setTimeout(() => console.log('5 timeout'), 0);
Promise.resolve().then(() => console.log('3 microtask'));
process.nextTick(() => console.log('2 nextTick'));
queueMicrotask(() => console.log('4 queueMicrotask'));
console.log('1b sync end');
