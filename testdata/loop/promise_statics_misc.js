Promise.resolve(1).then(2).then(v => console.log('non-function then passes value:', v));
Promise.reject(new Error('e')).then(null).catch(null).catch(e => console.log('non-function catch passes reason:', e.message));
const p = Promise.resolve();
console.log(p instanceof Promise, typeof Promise.prototype.then, Object.prototype.toString.call(p));
console.log(Promise.resolve(p) === p, new Promise(() => {}) instanceof Promise);
class MyPromise extends Promise {}
const mp = MyPromise.resolve(3);
console.log(mp instanceof MyPromise, mp.then(() => {}) instanceof MyPromise);
mp.then(v => console.log('subclass value', v));
