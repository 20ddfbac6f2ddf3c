let rounds = 0;
process.on('beforeExit', code => {
  console.log('beforeExit', ++rounds, 'code', code);
  if (rounds < 3) {
    setTimeout(() => console.log('timer from beforeExit', rounds), 20);
    Promise.resolve().then(() => console.log('microtask from beforeExit', rounds));
  }
});
process.on('exit', code => console.log('exit', code, 'after', rounds, 'rounds'));
setTimeout(() => console.log('first timer'), 20);
