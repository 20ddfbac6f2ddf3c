const good = { then(r) { console.log('good thenable then'); r('from good'); } };
const bad = { then(_, j) { console.log('bad thenable then'); j('from bad'); } };
const thrower = { then() { console.log('throwing thenable then'); throw new RangeError('then threw'); } };
Promise.allSettled([good, bad, thrower, 7, Promise.reject(new Error('native'))]).then(rs => {
  for (const r of rs) {
    console.log(r.status, r.status === 'fulfilled' ? r.value : (r.reason instanceof Error ? r.reason.name + ': ' + r.reason.message : r.reason));
  }
});
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3')).then(() => console.log('m4'));
console.log('sync end');
