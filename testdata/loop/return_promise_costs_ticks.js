const log = (s) => console.log(s);
Promise.resolve()
  .then(() => { log('A: returns a promise'); return Promise.resolve('A'); })
  .then(v => log('A done: ' + v));
Promise.resolve()
  .then(() => log('B1'))
  .then(() => log('B2'))
  .then(() => log('B3'))
  .then(() => log('B4'))
  .then(() => log('B5'));
