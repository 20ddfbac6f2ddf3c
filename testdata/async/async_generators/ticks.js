// Microtask ordering of yield, await and return in async generators against plain promise chains.
async function* g() {
  console.log('g body');
  yield 1;
  console.log('after yield 1');
  yield Promise.resolve(2);
  await null;
  console.log('after await');
  return 3;
}
const it = g();
it.next().then(v => console.log('n1', v));
it.next().then(v => console.log('n2', v));
it.next().then(v => console.log('n3', v));
it.next().then(v => console.log('n4', v));
let p = Promise.resolve();
for (let i = 0; i < 8; i++) p = p.then(() => console.log('tick', i));
(async () => {
  for await (const x of [Promise.resolve('a'), 'b']) console.log('fa', x);
  console.log('for await done');
})();
