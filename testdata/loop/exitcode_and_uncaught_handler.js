process.exitCode = 4;
process.on('uncaughtException', e => {
  console.log('handled', e.message, 'exitCode still', process.exitCode);
});
process.on('exit', code => console.log('exit', code));
setTimeout(() => { throw new Error('boom'); }, 20);
setTimeout(() => console.log('later timer'), 60);
