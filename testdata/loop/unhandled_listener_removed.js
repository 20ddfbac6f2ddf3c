function listener(r) { console.log('listener saw', r); }
process.on('unhandledRejection', listener);
process.on('unhandledRejection', r => console.log('second listener saw', r));
Promise.reject('one');
setTimeout(() => {
  process.removeAllListeners('unhandledRejection');
  console.log('listeners removed:', process.listenerCount('unhandledRejection'));
  Promise.reject(new Error('two crashes the process'));
}, 20);
setTimeout(() => console.log('never: later timer'), 60);
