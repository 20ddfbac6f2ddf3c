// CommonJS top level may return a value (found by FuzzCompile: a compiler panic).
console.log('before');
{ return console.log('returning'), 42; }
console.log('never');
