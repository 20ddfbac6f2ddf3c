// Awaiting thenables and values at the top level costs node's job counts,
// interleaved with an async function and a then chain.
const log = (...a) => console.log(...a);
Promise.resolve().then(() => log('chain 1')).then(() => log('chain 2')).then(() => log('chain 3')).then(() => log('chain 4'));
(async () => {
  log('fn start');
  await 1;
  log('fn after 1');
  await { then(r) { log('fn thenable'); r(); } };
  log('fn after thenable');
})();
log('top before');
const v = await { then(resolve) { log('top thenable'); resolve('T'); } };
log('top after thenable', v);
await Promise.resolve().then(() => log('inner then'));
log('top after promise');
const asyncValue = (async () => 'returned')();
log('top async value', await asyncValue);
