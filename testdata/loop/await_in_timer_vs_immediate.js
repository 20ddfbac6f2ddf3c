setTimeout(async () => {
  console.log('timer A start');
  await new Promise(r => setImmediate(r));
  console.log('timer A resumed in check phase');
  await null;
  console.log('timer A after microtask');
  await new Promise(r => setTimeout(r, 0));
  console.log('timer A resumed in timers phase');
  setTimeout(() => console.log('timer created by resumed A'), 0);
  setImmediate(() => console.log('immediate created by resumed A runs first'));
}, 20);
setTimeout(async () => {
  console.log('timer C start');
  await new Promise(r => process.nextTick(r));
  console.log('timer C resumed before the check phase');
}, 20);
