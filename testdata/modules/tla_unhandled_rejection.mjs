// An unhandled rejection while the module waits ends the program.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new RangeError('nobody handles this'));
console.log('after reject');
await new Promise((resolve) => setTimeout(resolve, 50));
console.log('never');
