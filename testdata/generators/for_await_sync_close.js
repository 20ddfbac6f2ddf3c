// for await over sync iterables: arrays of promises and plain values, a sync
// generator yielding promises, closing the sync iterator on break and on a
// rejected value (node v20 does not close it then), and thenables.
function* promised(tag) {
  try {
    yield Promise.resolve(tag + 1);
    yield tag + 2;
    yield new Promise((r) => setTimeout(() => r(tag + 3), 20));
    yield { then(res) { res(tag + 4); } };
  } finally {
    console.log(tag, 'finally');
  }
}
(async () => {
  for await (const v of promised('a')) console.log(v);
  for await (const v of promised('b')) {
    console.log(v);
    if (v === 'b2') break;
  }
  for await (const v of [Promise.resolve(1), 2, Promise.resolve(3)]) console.log('array', v);
  try {
    for await (const v of promised('c')) {
      if (v === 'c1') throw new Error('body threw');
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  function* rejecting() {
    try {
      yield 1;
      yield Promise.reject(new Error('rejected element'));
      yield 3;
    } finally {
      console.log('rejecting finally');
    }
  }
  try {
    for await (const v of rejecting()) console.log('r', v);
  } catch (e) {
    console.log('caught', e.message);
  }
  const order = [];
  const p = (async () => {
    for await (const v of ['x', 'y']) order.push(v);
  })();
  order.push('sync');
  await p;
  console.log(order.join(','));
})();
