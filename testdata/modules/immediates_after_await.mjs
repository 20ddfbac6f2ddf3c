// After a top-level await resumed by a promise job, still before any timer:
// and an unref'd immediate alone keeps nothing alive after the first turn.
console.log('start');
await null;
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
await new Promise((resolve) => setTimeout(resolve, 20));
console.log('after the timer');
setImmediate(() => console.log('never: unref immediate on a later turn')).unref();
