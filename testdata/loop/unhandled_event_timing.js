process.on('unhandledRejection', r => {
  console.log('unhandledRejection', r);
  process.nextTick(() => console.log('tick from listener', r));
  Promise.resolve().then(() => console.log('microtask from listener', r));
});
Promise.reject('sync');
process.nextTick(() => { console.log('tick 1'); Promise.reject('from tick'); });
Promise.resolve().then(() => { console.log('then 1'); Promise.reject('from then'); })
  .then(() => console.log('then 2'));
setImmediate(() => {
  console.log('immediate');
  Promise.reject('from immediate');
  Promise.resolve().then(() => console.log('then in immediate'));
});
setImmediate(() => console.log('immediate 2'));
console.log('sync end');
