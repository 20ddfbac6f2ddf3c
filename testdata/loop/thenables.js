const thenable = {
  then(resolve, reject) {
    console.log('then called with', typeof resolve, typeof reject);
    resolve('thenable value');
  },
};
Promise.resolve(thenable).then(v => console.log('resolved:', v));
const bad = { then() { throw new Error('then exploded'); } };
Promise.resolve(bad).catch(e => console.log('rejected:', e.message));
const twice = { then(res, rej) { res('first'); res('second'); rej(new Error('ignored')); } };
new Promise(r => r(twice)).then(v => console.log('only first counts:', v));
const getterThen = {};
Object.defineProperty(getterThen, 'then', { get() { console.log('then getter read once'); return undefined; } });
Promise.resolve(getterThen).then(v => console.log('non-callable then → value itself:', v === getterThen));
console.log('sync end');
