setImmediate(() => {
  console.log('immediate A');
  process.nextTick(() => {
    console.log('tick in A');
    setImmediate(() => console.log('immediate from tick in A: next iteration'));
    Promise.resolve().then(() => {
      console.log('then in tick in A');
      setImmediate(() => console.log('immediate from then in tick in A'));
    });
  });
});
setImmediate(() => {
  console.log('immediate B');
  queueMicrotask(() => {
    console.log('microtask in B');
    process.nextTick(() => {
      console.log('tick from microtask in B');
      setImmediate(() => console.log('immediate from tick from microtask in B'));
    });
  });
});
setImmediate(() => console.log('immediate C'));
