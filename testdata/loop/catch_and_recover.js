Promise.reject(new Error('first failure'))
  .then(() => console.log('skipped'))
  .catch(e => { console.log('caught:', e.message); return 'recovered'; })
  .then(v => { console.log('continued with', v); throw new TypeError('second failure'); })
  .catch(e => console.log('caught again:', e.name, e.message))
  .then(() => console.log('end of chain'));
