process.on('unhandledRejection', (reason, promise) => {
  console.log('handler got:', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('observed'));
setTimeout(() => console.log('process keeps running'), 5);
