const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
Promise.all([delay(80, 'slow'), delay(5, 'fast'), 'plain', Promise.resolve('resolved')])
  .then(vs => console.log('all:', vs));
Promise.all([]).then(v => console.log('empty all:', v));
Promise.all([delay(10, 'x'), Promise.reject(new Error('fail fast')), delay(30, 'y')])
  .then(() => console.log('never'), e => console.log('all rejected:', e.message));
Promise.all('ab').then(v => console.log('iterable string:', v));
