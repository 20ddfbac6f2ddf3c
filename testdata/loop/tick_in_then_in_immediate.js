setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => {
    console.log('then in immediate 1');
    process.nextTick(() => console.log('tick queued by the then'));
    Promise.resolve().then(() => console.log('then queued by the then'));
  });
  process.nextTick(() => {
    console.log('tick in immediate 1');
    Promise.resolve().then(() => console.log('then queued by the tick'));
  });
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('tick in immediate 2'));
});
setImmediate(() => console.log('immediate 3'));
console.log('script end');
