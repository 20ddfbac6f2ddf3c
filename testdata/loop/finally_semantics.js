Promise.resolve('value')
  .finally((...args) => { console.log('finally 1 sees no args:', args.length); return 'ignored'; })
  .then(v => console.log('value passes through finally:', v));
Promise.reject(new Error('reason'))
  .finally(() => console.log('finally 2 on rejection'))
  .catch(e => console.log('rejection passes through:', e.message));
Promise.resolve('kept')
  .finally(() => { throw new Error('finally throws'); })
  .catch(e => console.log('finally overrides with:', e.message));
Promise.resolve('slow')
  .finally(() => new Promise(r => setTimeout(r, 10)).then(() => console.log('finally waited')))
  .then(v => console.log('after waiting finally:', v));
