async function task() {
  console.log('task starts');
  await null;
  throw new TypeError('task failed after await');
}
task();
console.log('script end');
