// yield* inside an async generator over sync iterables: promises yielded by
// the sync generator are awaited, a rejected one throws at the yield*, and
// return()/throw() reach the sync generator through the wrapper.
function* syncPart() {
  try {
    yield 'plain';
    yield Promise.resolve('resolved');
    const got = yield 'send me';
    console.log('sync got', got);
    return 'sync result';
  } finally {
    console.log('syncPart finally');
  }
}
async function* outer() {
  const r = yield* syncPart();
  console.log('yield* returned', r);
  yield* ['arr1', Promise.resolve('arr2')];
  yield* 'hi';
}
function* withRejection() {
  yield 1;
  yield Promise.reject(new Error('rejected in sync'));
  yield 3;
}
async function* outer2() {
  try {
    yield* withRejection();
  } catch (e) {
    console.log('outer2 caught', e.message);
  }
}
(async () => {
  const it = outer();
  console.log(await it.next(), await it.next(), await it.next());
  console.log(await it.next('reply'));
  const rest = [];
  for await (const v of it) rest.push(v);
  console.log(rest);
  for await (const v of outer2()) console.log('outer2', v);
  const c = outer();
  await c.next();
  console.log(await c.return('closing'));
  const t = outer();
  await t.next();
  try {
    await t.throw(new Error('thrown in'));
  } catch (e) {
    console.log('throw rejected', e.message);
  }
})();
