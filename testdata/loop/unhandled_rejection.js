console.log('start');
Promise.reject(new Error('nobody handles this'));
setTimeout(() => console.log('this timer never runs'), 10);
