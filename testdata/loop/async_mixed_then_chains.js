const log = s => console.log(s);
async function f() {
  log('f start');
  await undefined;
  log('f after await 1');
  await Promise.resolve();
  log('f after await 2');
  const v = await { then(r) { r('thenable'); } };
  log('f after await thenable ' + v);
  return 'f done';
}
async function g() {
  log('g start');
  const x = await f();
  log('g got ' + x);
}
g().then(() => log('g settled'));
Promise.resolve()
  .then(() => log('p1'))
  .then(() => log('p2'))
  .then(() => log('p3'))
  .then(() => log('p4'))
  .then(() => log('p5'))
  .then(() => log('p6'))
  .then(() => log('p7'))
  .then(() => log('p8'));
log('sync end');
