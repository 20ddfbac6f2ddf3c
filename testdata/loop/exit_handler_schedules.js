process.on('exit', code => {
  console.log('exit handler, code', code);
  setTimeout(() => console.log('never: timer from exit'), 0);
  setImmediate(() => console.log('never: immediate from exit'));
  process.nextTick(() => console.log('never: tick from exit'));
  Promise.resolve().then(() => console.log('microtask from exit still runs'));
  console.log('exit handler ends');
});
process.on('exit', () => console.log('second exit handler'));
setTimeout(() => console.log('last timer'), 20);
