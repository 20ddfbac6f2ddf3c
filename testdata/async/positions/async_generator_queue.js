async function* numbers() {
  console.log('generator started');
  yield 1;
  yield Promise.resolve(2);
  const x = yield 3;
  console.log('received', x);
  try {
    yield 4;
  } finally {
    console.log('generator cleanup');
  }
}
const g = numbers();
const results = [g.next(), g.next(), g.next(), g.next('sent'), g.return('early'), g.next()];
console.log('all requests queued synchronously');
Promise.all(results).then(rs => console.log(rs));
