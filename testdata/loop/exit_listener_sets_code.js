process.on('beforeExit', code => {
  console.log('beforeExit with code', code);
  process.exitCode = 6;
});
process.on('exit', code => {
  console.log('exit with code', code);
  process.exitCode = 8;
  Promise.reject(new Error('rejection inside an exit listener'));
});
process.exitCode = 2;
setTimeout(() => console.log('timer'), 20);
