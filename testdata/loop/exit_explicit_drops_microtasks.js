process.on('exit', code => {
  console.log('exit handler, code', code);
  Promise.resolve().then(() => console.log('microtask from exit handler'));
  process.nextTick(() => console.log('tick from exit handler'));
});
setTimeout(() => {
  console.log('timer calls process.exit(4)');
  Promise.resolve().then(() => console.log('microtask queued before exit'));
  process.exit(4);
}, 20);
