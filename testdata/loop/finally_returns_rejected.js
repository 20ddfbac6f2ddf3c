Promise.resolve('original')
  .finally(() => Promise.reject(new Error('finally rejected')))
  .then(v => console.log('not reached', v), e => console.log('A:', e.message));
Promise.reject(new Error('first reason'))
  .finally(() => Promise.reject(new Error('second reason')))
  .catch(e => console.log('B: later rejection wins:', e.message));
Promise.resolve('kept')
  .finally(() => Promise.resolve('replacement ignored'))
  .then(v => console.log('C:', v));
Promise.reject(new Error('kept reason'))
  .finally(() => ({ then(r) { console.log('thenable from finally'); r('ignored'); } }))
  .catch(e => console.log('D:', e.message));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
  .then(() => console.log('m4')).then(() => console.log('m5')).then(() => console.log('m6'));
