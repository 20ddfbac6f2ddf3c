// A rejected top-level await is an uncaught error: exit status 1.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await new Promise((resolve) => setTimeout(resolve, 20));
console.log('waited');
await Promise.reject(new TypeError('rejected at the top level'));
console.log('never');
