function* gen() {
  console.log('gen yields a');
  yield 'a';
  console.log('gen yields a thenable');
  yield { then(r) { console.log('thenable then'); r('b'); } };
  console.log('gen done');
}
Promise.all(gen()).then(v => console.log('all from generator:', v));
Promise.all(new Set([Promise.resolve(1), 2])).then(v => console.log('all from set:', v));
Promise.all('xy').then(v => console.log('all from string:', v));
Promise.all(42).catch(e => console.log('not iterable:', e.constructor.name));
Promise.allSettled(new Map([['k', 'v']])).then(v => console.log('allSettled from map:', JSON.stringify(v)));
console.log('sync end');
