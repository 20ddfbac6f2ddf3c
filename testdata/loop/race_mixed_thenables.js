const thenable = (label, ok) => ({
  then(res, rej) {
    console.log('then of', label, 'called');
    ok ? res(label) : rej(new Error(label));
  },
});
Promise.race([thenable('thenable ok', true), Promise.resolve('native'), 'plain'])
  .then(v => console.log('race 1 winner:', v));
Promise.race([thenable('thenable fails', false), new Promise(() => {})])
  .then(v => console.log('race 2 value', v), e => console.log('race 2 rejected:', e.message));
Promise.race(['plain first', Promise.reject(new Error('rejected second'))])
  .then(v => console.log('race 3 winner:', v));
Promise.race([Promise.reject(new Error('rejected first')), 'plain second'])
  .catch(e => console.log('race 4 rejected:', e.message));
Promise.race([]).then(() => console.log('empty race never settles'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
console.log('sync end');
