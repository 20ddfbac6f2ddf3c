const log = s => console.log(s);
Promise.resolve(1)
  .then(() => log('a then'))
  .finally(() => { log('a finally throws'); throw new TypeError('from finally'); })
  .then(() => log('a skipped'))
  .catch(e => log('a catch ' + e.name + ' ' + e.message))
  .finally(() => log('a last finally'));
Promise.reject(new Error('x'))
  .finally(() => log('b finally 1'))
  .finally(() => { log('b finally 2 throws'); throw 'plain string'; })
  .catch(e => log('b catch ' + typeof e + ' ' + e));
Promise.resolve().then(() => log('c1')).then(() => log('c2')).then(() => log('c3')).then(() => log('c4')).then(() => log('c5'));
