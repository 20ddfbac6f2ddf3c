// The same after a top-level await, for exports.
console.log('before');
await null;
exports.x = 1;
