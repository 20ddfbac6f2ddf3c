setTimeout(() => {
  console.log('timer fires, then rejects');
  Promise.reject(new RangeError('late failure'));
}, 5);
setTimeout(() => console.log('second timer not reached'), 50);
