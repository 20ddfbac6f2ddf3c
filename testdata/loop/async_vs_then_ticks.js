async function asyncFn() {
  console.log('async body');
  await null;
  console.log('after await null');
  await null;
  console.log('after second await');
}
asyncFn();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2')).then(() => console.log('then 3'));
console.log('sync done');
