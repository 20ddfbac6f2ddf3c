// Cancellation: calling return() on an async generator while it is
// suspended at a yield, while it is still running (the request is queued),
// and before it started; finally blocks that await before finishing.
const log = (...a) => console.log(...a);
async function* job(name) {
  log(name, 'start');
  try {
    for (let i = 0; ; i++) {
      await Promise.resolve();
      yield name + i;
    }
  } finally {
    log(name, 'cleanup begins');
    await new Promise((r) => setTimeout(r, 20));
    log(name, 'cleanup done');
  }
}
(async () => {
  const a = job('a');
  log(await a.next());
  log(await a.next());
  log(await a.return('cancelled'));
  log(await a.next());

  const b = job('b');
  const p1 = b.next();
  const p2 = b.return('early');
  const p3 = b.next();
  log(await p1, await p2, await p3);

  const c = job('c');
  log(await c.return('never started'));
  log(await c.next());

  const d = job('d');
  await d.next();
  const results = await Promise.all([d.return(1), d.return(2), d.next()]);
  log(results);
})();
