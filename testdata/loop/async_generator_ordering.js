async function* counter() {
  try {
    for (let i = 0; i < 5; i++) {
      console.log('gen yields', i);
      yield i;
      await null;
    }
  } finally {
    console.log('gen finally');
  }
}
(async () => {
  for await (const v of counter()) {
    console.log('consumer got', v);
    if (v === 2) break;
  }
  console.log('consumer done');
})();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'))
  .then(() => console.log('m4')).then(() => console.log('m5')).then(() => console.log('m6')).then(() => console.log('m7'));
console.log('sync end');
