// An AggregateError from Promise.any that nobody catches.
console.log('start');
Promise.any([Promise.reject(new Error('first')), Promise.reject(new Error('second'))]);
setTimeout(() => console.log('never printed'), 50);
