const p = Promise.resolve('native');
p.then = function (...args) {
  console.log('own then called');
  return Promise.prototype.then.apply(this, args);
};
(async () => {
  const v = await p;
  console.log('await skips an own then on a native promise:', v);
})();
Promise.resolve().then(() => p).then(v => console.log('returning it from a handler calls own then:', v));
const q = Promise.resolve('foreign');
q.constructor = function Other() {};
(async () => {
  const v = await q;
  console.log('await of a promise with another constructor wraps it:', v);
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
console.log('sync end');
