// process.exit during a top-level await ends the program at once, with
// its output, after the 'exit' listeners.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('never'), 1000);
console.log('before');
await new Promise((resolve) => setTimeout(resolve, 20));
console.log('exiting');
process.exit(4);
console.log('never either');
