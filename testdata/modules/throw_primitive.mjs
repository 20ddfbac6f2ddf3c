// A module that throws a primitive: node's report names its loader.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
throw 42;
