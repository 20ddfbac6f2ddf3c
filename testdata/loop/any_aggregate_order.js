const later = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.any([later(60, 'slow failure', true), Promise.reject(new Error('instant failure')), later(20, 'quick failure', true)])
  .catch(e => {
    console.log(e.constructor.name, e.message);
    console.log('errors in input order:', e.errors.map(x => x.message));
  });
Promise.any([Promise.reject(new Error('no')), later(40, 'late success'), { then(r) { r('thenable success'); } }])
  .then(v => console.log('any winner:', v));
Promise.any([]).catch(e => console.log('empty any:', e instanceof AggregateError, e.errors.length));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => console.log('raw reasons:', e.errors));
console.log('sync end');
