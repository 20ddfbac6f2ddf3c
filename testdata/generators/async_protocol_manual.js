// Driving an async generator by hand: the promise each of next/return/throw
// returns, their settlement order relative to other microtasks, and the
// result objects (fresh each time, value awaited, done flags).
const log = [];
const tick = (label) => Promise.resolve().then(() => log.push(label));
async function* g() {
  log.push('body start');
  const x = yield 'first';
  log.push('got ' + x);
  const y = yield Promise.resolve('awaited second');
  log.push('got ' + y);
  return 'ret';
}
(async () => {
  const it = g();
  const p1 = it.next('ignored');
  tick('tick A');
  const p2 = it.next('X');
  tick('tick B');
  const p3 = it.next('Y');
  const p4 = it.next();
  log.push('sync end');
  const [r1, r2, r3, r4] = await Promise.all([p1, p2, p3, p4]);
  console.log(log.join(' | '));
  console.log(r1, r2, r3, r4, r1 !== r2);
  const it2 = g();
  console.log(await it2.return(Promise.resolve('awaited return')));
  const it3 = g();
  await it3.next();
  try {
    await it3.throw(new Error('boom'));
  } catch (e) {
    console.log('rejected', e.message);
  }
  console.log(await it3.next(), await it3.return('late'));
  const it4 = g();
  console.log(it4[Symbol.asyncIterator]() === it4, typeof it4.next(), Object.prototype.toString.call(it4));
})();
