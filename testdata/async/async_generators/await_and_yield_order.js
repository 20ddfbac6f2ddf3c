async function* g() {
  console.log('A');
  const x = await 1;
  console.log('B', x);
  const y = yield x + 1;
  console.log('C', y);
  await new Promise(r => setTimeout(r, 1));
  yield await Promise.resolve(y * 2);
  console.log('D');
}
const it = g();
it.next().then(r => { console.log('first', r); return it.next(21); }).then(r => { console.log('second', r); return it.next(); }).then(r => console.log('third', r));
console.log('sync end');
