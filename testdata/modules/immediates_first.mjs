// Node evaluates an entry module from its loader's I/O callbacks, so the
// immediates the module sets run before its timers, even after output, and
// an unref'd immediate still runs once.
console.log('start');
setTimeout(() => console.log('timeout 0'), 0);
setImmediate(() => console.log('immediate'));
setImmediate(() => console.log('unref immediate')).unref();
process.on('exit', () => console.log('exit'));
