function resolveAfter(ms, value) {
  console.log(`starting ${value} promise`);
  return new Promise(resolve => {
    setTimeout(() => {
      resolve(value);
      console.log(`${value} promise is done`);
    }, ms);
  });
}
async function sequentialWait() {
  console.log('== sequentialWait starts ==');
  const slow = resolveAfter(300, 'slow');
  const fast = resolveAfter(100, 'fast');
  console.log(await slow);
  console.log(await fast);
  console.log('== sequentialWait done ==');
}
sequentialWait();
