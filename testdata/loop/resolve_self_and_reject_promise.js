let resolveSelf;
const self = new Promise(r => { resolveSelf = r; });
resolveSelf(self);
self.catch(e => console.log('self resolution:', e.constructor.name, e.message));
const inner = Promise.resolve('inner');
Promise.reject(inner).catch(r => console.log('reject does not adopt:', r === inner));
new Promise((_, rej) => rej({ then() { console.log('never: reject ignores then'); } }))
  .catch(r => console.log('rejected with a thenable object:', typeof r.then));
Promise.resolve(inner).then(() => console.log('Promise.resolve(promise) is identity:', Promise.resolve(inner) === inner));
const sub = new Promise(r => r(inner));
sub.then(() => console.log('new Promise adopting costs two extra jobs'));
inner.then(() => console.log('inner then 1')).then(() => console.log('inner then 2')).then(() => console.log('inner then 3'));
