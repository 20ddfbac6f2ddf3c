setTimeout(() => {
  console.log('timer A');
  Promise.resolve().then(() => console.log('micro after A'));
  process.nextTick(() => console.log('tick after A'));
}, 5);
setTimeout(() => {
  console.log('timer B');
  Promise.resolve().then(() => console.log('micro after B'));
}, 5);
setTimeout(() => console.log('timer C'), 6);
