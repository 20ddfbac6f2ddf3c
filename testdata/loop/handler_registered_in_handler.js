const p = Promise.resolve('p');
p.then(() => {
  console.log('h1');
  p.then(() => console.log('h4: registered inside h1, runs after h2 and h3'));
  queueMicrotask(() => console.log('qm from h1'));
});
p.then(() => console.log('h2'));
queueMicrotask(() => console.log('qm sync'));
p.then(() => {
  console.log('h3');
  process.nextTick(() => console.log('tick from h3'));
});
process.nextTick(() => {
  console.log('tick sync');
  p.then(() => console.log('registered in a tick'));
});
