// Prefetching: a wrapper that keeps up to n next() calls in flight on an
// async generator (its request queue serves them in order), so the
// producer runs ahead of a slow consumer; closing drains nothing extra.
const events = [];
async function* producer() {
  try {
    for (let i = 0; i < 6; i++) {
      events.push('produce ' + i);
      await null;
      yield i;
    }
  } finally {
    events.push('producer finally');
  }
}
async function* prefetch(src, n) {
  const it = src[Symbol.asyncIterator]();
  const inflight = [];
  try {
    for (let i = 0; i < n; i++) inflight.push(it.next());
    for (;;) {
      const r = await inflight.shift();
      if (r.done) return;
      inflight.push(it.next());
      yield r.value;
    }
  } finally {
    events.push('prefetch finally, in flight ' + inflight.length);
    await it.return();
  }
}
(async () => {
  for await (const v of prefetch(producer(), 3)) {
    events.push('consume ' + v);
    await null;
    await null;
  }
  console.log(events.join('\n'));
  events.length = 0;
  for await (const v of prefetch(producer(), 2)) {
    events.push('consume ' + v);
    if (v === 1) break;
  }
  console.log('--');
  console.log(events.join('\n'));
})();
