const doubleCaller = {
  then(res, rej) {
    console.log('calls onFulfilled twice, then onRejected');
    res('first call');
    res('second call');
    rej(new Error('ignored'));
  },
};
Promise.all([doubleCaller, 'x']).then(v => console.log('all:', v));
const late = {
  then(res) {
    Promise.resolve().then(() => { console.log('resolving late thenable'); res('late'); });
  },
};
Promise.all([late, doubleCaller]).then(v => console.log('all 2:', v));
Promise.allSettled([doubleCaller]).then(v => console.log('allSettled:', v.map(r => r.value)));
Promise.any([{ then(_, rej) { rej('a'); rej('b'); } }, { then(_, rej) { rej('c'); } }])
  .catch(e => console.log('any errors:', e.errors));
console.log('sync end');
