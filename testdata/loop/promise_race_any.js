const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([delay(300, 'slow'), delay(5, 'fast')]).then(v => console.log('race winner:', v));
Promise.race([delay(5, 'quick failure', true), delay(20, 'slow')]).catch(e => console.log('race rejected:', e.message));
Promise.any([delay(5, 'e1', true), delay(300, 'any winner'), delay(150, 'e2', true)]).then(v => console.log('any:', v));
Promise.any([delay(5, 'x', true), Promise.reject(new Error('y'))]).catch(e => {
  console.log(e.constructor.name, e.message, e.errors.map(x => x.message));
});
Promise.race([]).then(() => console.log('never settles'));
Promise.any([]).catch(e => console.log('any of empty:', e.errors.length));
