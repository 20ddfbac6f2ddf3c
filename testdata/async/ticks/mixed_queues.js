async function main() {
  console.log('main start');
  process.nextTick(() => console.log('nextTick inside async'));
  await null;
  console.log('after first await');
  // Inside a timer callback an immediate always runs before a new timer.
  setTimeout(() => {
    setTimeout(() => console.log('timeout'), 0);
    setImmediate(() => console.log('immediate'));
  }, 0);
  await new Promise(r => setTimeout(r, 200));
  console.log('after timer await');
  queueMicrotask(() => console.log('microtask after resume'));
  await null;
  console.log('main end');
}
main();
Promise.resolve().then(() => console.log('outer then'));
console.log('sync');
