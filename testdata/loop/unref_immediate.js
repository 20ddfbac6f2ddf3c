const a = setImmediate(() => console.log('unref immediate still runs while a timer keeps the loop alive'));
a.unref();
console.log('hasRef:', a.hasRef());
setTimeout(() => {
  console.log('timer');
  const b = setImmediate(() => console.log('unref immediate from the last timer'));
  b.unref();
  process.nextTick(() => console.log('tick from the last timer'));
}, 20);
process.on('exit', () => console.log('exit'));
