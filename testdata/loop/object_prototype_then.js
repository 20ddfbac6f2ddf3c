Object.prototype.then = function (resolve) {
  console.log('Object.prototype.then called on', Array.isArray(this) ? 'an array' : typeof this);
  delete Object.prototype.then;
  resolve('hijacked');
};
Promise.resolve({ plain: true }).then(v => console.log('Promise.resolve of a plain object gave', v));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
Promise.resolve().then(() => {
  Object.prototype.then = function (resolve) {
    console.log('second hijack on', Array.isArray(this) ? 'an array' : typeof this);
    delete Object.prototype.then;
    resolve('array hijacked');
  };
  return Promise.all([1]);
}).then(v => console.log('Promise.all result array resolved to', v));
console.log('sync end');
