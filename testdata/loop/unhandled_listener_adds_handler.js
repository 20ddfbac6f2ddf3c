process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection:', reason.message);
  p.catch(e => console.log('caught inside the listener:', e.message));
});
process.on('rejectionHandled', p => console.log('rejectionHandled fired', p instanceof Promise));
Promise.reject(new Error('first'));
Promise.resolve().then(() => { throw new Error('second from a then'); });
setTimeout(() => console.log('timer still runs'), 20);
console.log('sync end');
