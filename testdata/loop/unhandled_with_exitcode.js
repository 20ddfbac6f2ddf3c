process.exitCode = 5;
process.on('exit', code => console.log('exit code seen by the exit event:', code));
setTimeout(() => {
  console.log('timer rejects a promise nobody handles');
  Promise.reject(new RangeError('unhandled in a timer'));
  process.nextTick(() => console.log('tick before the rejection is reported'));
}, 20);
setTimeout(() => console.log('never: the process dies first'), 60);
