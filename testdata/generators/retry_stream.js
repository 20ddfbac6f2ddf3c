// An async generator that retries a flaky fetch with try/catch around await,
// yields what succeeds, and gives up (throwing to the consumer) after too
// many failures; the consumer's catch sees the generator's finally first.
function flaky(schedule) {
  let n = 0;
  return (id) =>
    new Promise((resolve, reject) => {
      const fail = schedule[n++ % schedule.length];
      queueMicrotask(() => (fail ? reject(new Error(`fetch ${id} failed (${n})`)) : resolve({ id, ok: true })));
    });
}
async function* fetchAll(ids, fetch, maxTries) {
  try {
    for (const id of ids) {
      let tries = 0;
      for (;;) {
        try {
          yield await fetch(id);
          break;
        } catch (e) {
          if (++tries >= maxTries) throw new Error(`giving up on ${id}: ${e.message}`);
          console.log('retry', id, 'after', e.message);
        }
      }
    }
  } finally {
    console.log('fetchAll finally');
  }
}
(async () => {
  for await (const r of fetchAll([1, 2, 3], flaky([false, true, false, true, true, false]), 3)) console.log('ok', r);
  try {
    for await (const r of fetchAll(['a', 'b'], flaky([false, true, true, true]), 3)) console.log('ok', r);
  } catch (e) {
    console.log('consumer caught:', e.message);
  }
  const it = fetchAll([7], flaky([true]), 2);
  const results = await Promise.allSettled([it.next(), it.next(), it.next()]);
  console.log(results.map((r) => (r.status === 'fulfilled' ? JSON.stringify(r.value) : 'rejected: ' + r.reason.message)));
})();
