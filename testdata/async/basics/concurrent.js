function resolveAfter(ms, value) {
  console.log(`starting ${value} promise`);
  return new Promise(resolve => {
    setTimeout(() => {
      resolve(value);
      console.log(`${value} promise is done`);
    }, ms);
  });
}
async function concurrent1() {
  console.log('== concurrent1 starts ==');
  const results = await Promise.all([resolveAfter(300, 'slow'), resolveAfter(100, 'fast')]);
  console.log(results[0]);
  console.log(results[1]);
  console.log('== concurrent1 done ==');
}
async function concurrent2() {
  console.log('== concurrent2 starts ==');
  await Promise.all([
    (async () => console.log(await resolveAfter(300, 'slow')))(),
    (async () => console.log(await resolveAfter(100, 'fast')))(),
  ]);
  console.log('== concurrent2 done ==');
}
concurrent1().then(concurrent2);
