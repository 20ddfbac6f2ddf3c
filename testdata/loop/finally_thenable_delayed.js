const delayed = (ms, label) => ({
  then(res) {
    console.log('finally thenable', label, 'then called');
    setTimeout(() => { console.log(label, 'settles'); res('ignored'); }, ms);
  },
});
Promise.resolve('A value')
  .finally(() => delayed(20, 'A'))
  .then(v => console.log('A continues with', v));
Promise.reject(new Error('B reason'))
  .finally(() => delayed(60, 'B'))
  .catch(e => console.log('B continues with', e.message));
Promise.resolve('C value')
  .finally(() => ({ then(_, rej) { rej(new Error('C finally thenable rejects')); } }))
  .catch(e => console.log('C:', e.message));
console.log('sync end');
