async function* slow() {
  yield 'a';
  await new Promise(r => setTimeout(r, 20));
  yield 'b';
  return 'ret';
}
const it = slow();
const p1 = it.next(), p2 = it.next(), p3 = it.next(), p4 = it.next();
console.log('four next() calls queued synchronously');
p3.then(r => console.log('third', r));
p1.then(r => console.log('first', r));
p4.then(r => console.log('fourth', r));
p2.then(r => console.log('second', r));
const it2 = slow();
it2.return('early').then(r => console.log('return before start', r));
it2.next().then(r => console.log('next after return', r));
const it3 = slow();
it3.next().then(() => it3.throw(new Error('thrown in'))).catch(e => console.log('throw into suspended generator:', e.message));
