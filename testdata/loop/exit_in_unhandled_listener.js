process.on('unhandledRejection', reason => {
  console.log('listener exits with 9 for', reason);
  process.exitCode = 2;
  process.exit(9);
});
process.on('exit', code => console.log('exit event', code));
setImmediate(() => console.log('never: immediate'));
Promise.reject('r1');
Promise.reject('r2');
