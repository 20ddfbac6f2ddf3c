// A top-level await that only a 'beforeExit' listener settles: the module
// goes on, and the program exits normally.
let resolve;
const later = new Promise((r) => { resolve = r; });
let count = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, ++count);
  resolve('settled late');
});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('waiting');
console.log(await later);
setTimeout(() => console.log('timer after'), 20);
