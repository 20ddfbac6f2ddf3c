let n = 0;
process.on('beforeExit', () => {
  n++;
  console.log('beforeExit', n);
  setTimeout(() => console.log('never: timer from the beforeExit that exits'), 0);
  Promise.resolve().then(() => console.log('microtask before exiting'));
  process.nextTick(() => { console.log('tick exits with 3'); process.exit(3); });
});
process.on('exit', code => console.log('exit', code));
console.log('sync end');
