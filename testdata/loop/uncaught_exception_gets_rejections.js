process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message, 'origin:', origin);
});
Promise.reject(new Error('not handled anywhere'));
setTimeout(() => {
  console.log('timer still runs');
  Promise.reject(new Error('second unhandled'));
}, 20);
setTimeout(() => console.log('last timer'), 60);
