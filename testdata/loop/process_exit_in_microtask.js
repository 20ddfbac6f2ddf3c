setTimeout(() => console.log('timer never runs'), 0);
Promise.resolve().then(() => {
  console.log('exiting from a microtask');
  process.exit(5);
});
Promise.resolve().then(() => console.log('next microtask never runs'));
