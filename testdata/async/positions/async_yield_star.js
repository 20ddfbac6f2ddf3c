async function* inner() {
  yield 'i1';
  await new Promise(r => setTimeout(r, 1));
  yield 'i2';
  return 'inner return';
}
async function* outer() {
  yield 'o1';
  const r = yield* inner();
  console.log('yield* returned', r);
  yield* ['sync', 'iterable'];
  yield await Promise.resolve('awaited yield');
}
async function* failing() {
  yield 'before';
  throw new Error('generator failed');
}
async function main() {
  const seen = [];
  for await (const x of outer()) seen.push(x);
  console.log(seen);
  try {
    for await (const x of failing()) console.log('got', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  const g = outer();
  console.log(await g.next(), await g.return('stopped'), await g.next());
  console.log(Object.prototype.toString.call(g), typeof g[Symbol.asyncIterator]);
}
main();
