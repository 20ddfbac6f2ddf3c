// A top-level await that never settles: node exits with status 13 once the
// loop is empty, after the 'exit' listeners (which see code 0).
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before');
setTimeout(() => console.log('timer'), 20);
await new Promise(() => {});
console.log('never');
