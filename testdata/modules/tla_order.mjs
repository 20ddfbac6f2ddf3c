// Top-level await interleaved with ticks, promise jobs and timers: in a
// module the body runs from a promise job, so the jobs it queues run before
// the ticks it queues.
console.log('start');
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
queueMicrotask(() => console.log('microtask'));
setTimeout(() => console.log('timeout 20'), 20);
console.log('before await');
await null;
console.log('after await null');
process.nextTick(() => console.log('tick 2'));
await Promise.resolve();
console.log('after await resolved');
await new Promise((resolve) => setTimeout(resolve, 50));
console.log('after 50 ms');
process.nextTick(() => console.log('tick 3'));
Promise.resolve().then(() => console.log('then 3'));
await undefined;
console.log('end');
