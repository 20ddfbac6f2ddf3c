const later = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  for await (const v of [later(40, 'slow first'), 'plain', Promise.resolve('resolved'), later(20, 'fast last')]) {
    console.log('for await got', v);
  }
  console.log('loop done');
})();
(async () => {
  for await (const v of ['a', 'b', 'c']) console.log('sync values', v);
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
  .then(() => console.log('m4')).then(() => console.log('m5')).then(() => console.log('m6'));
console.log('sync end');
