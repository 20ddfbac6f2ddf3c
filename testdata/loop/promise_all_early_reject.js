const later = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => {
  console.log('settling', v);
  fail ? rej(new Error(v)) : res(v);
}, ms));
Promise.all([later(60, 'slow ok'), later(20, 'fast failure', true), later(100, 'slower failure', true)])
  .then(v => console.log('never', v), e => console.log('all rejected early with:', e.message));
Promise.all([1, Promise.reject(new Error('sync rejected')), { then() { console.log('thenable then still called'); } }])
  .catch(e => console.log('second all:', e.message));
console.log('sync end');
