setTimeout(() => {
  console.log('first timer');
  const a = setImmediate(() => console.log('unref immediate runs: the second timer keeps the loop alive'));
  a.unref();
  console.log('hasRef:', a.hasRef());
  setTimeout(() => {
    console.log('last timer');
    const b = setImmediate(() => console.log('unref immediate from the last timer'));
    b.unref();
    process.nextTick(() => console.log('tick from the last timer'));
  }, 20);
}, 20);
process.on('exit', () => console.log('exit'));
