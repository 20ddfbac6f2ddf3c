async function main() {
  console.log('main start');
  process.nextTick(() => console.log('nextTick inside async'));
  await null;
  console.log('after first await');
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 100);
  await new Promise(r => setTimeout(r, 150));
  console.log('after timer await');
  queueMicrotask(() => console.log('microtask after resume'));
  await null;
  console.log('main end');
}
main();
Promise.resolve().then(() => console.log('outer then'));
console.log('sync');
