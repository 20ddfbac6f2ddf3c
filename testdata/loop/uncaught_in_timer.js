setTimeout(() => {
  console.log('in timer');
  throw new TypeError('thrown from a timer');
}, 1);
setTimeout(() => console.log('never'), 30);
