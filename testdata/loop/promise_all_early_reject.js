const later = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => {
  console.log('settling', v);
  fail ? rej(new Error(v)) : res(v);
}, ms));
const fast = later(20, 'fast failure', true), slow = later(60, 'slow ok'), slower = later(100, 'slower failure', true);
Promise.all([slow, fast, slower])
  .then(v => console.log('never', v), e => console.log('all rejected early with:', e.message));
Promise.all([1, Promise.reject(new Error('sync rejected')), { then() { console.log('thenable then still called'); } }])
  .catch(e => console.log('second all:', e.message));
console.log('sync end');
