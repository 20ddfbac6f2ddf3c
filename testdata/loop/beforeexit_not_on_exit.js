process.on('beforeExit', () => console.log('never: beforeExit is skipped by process.exit'));
process.on('exit', code => console.log('exit', code));
setTimeout(() => {
  console.log('timer calls process.exit()');
  process.exit();
}, 20);
