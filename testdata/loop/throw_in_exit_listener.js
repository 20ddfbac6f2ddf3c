process.on('exit', code => {
  console.log('first exit listener, code', code);
  throw new Error('thrown inside exit');
});
process.on('exit', () => console.log('never: second exit listener'));
process.on('uncaughtException', e => console.log('uncaughtException sees', e.message));
setTimeout(() => console.log('timer'), 20);
