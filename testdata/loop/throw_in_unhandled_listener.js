process.on('unhandledRejection', reason => {
  console.log('listener got', reason.message, 'and throws');
  throw new Error('listener failed: ' + reason.message);
});
process.on('exit', code => console.log('exit', code));
setTimeout(() => console.log('never: timer'), 20);
Promise.reject(new Error('first'));
process.nextTick(() => console.log('tick before the listener'));
