const p = new Promise(async (resolve, reject) => {
  console.log('async executor starts');
  await null;
  console.log('async executor resumes');
  resolve('resolved after an await');
  throw new Error('this rejection goes to the executor\'s own promise');
});
p.then(v => console.log('p:', v));
process.on('unhandledRejection', r => console.log('unhandledRejection:', r.message));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
console.log('sync end');
