// Zipping async iterables: stops at the shortest and closes the others;
// zipLongest fills with undefined; sources of different speeds stay in step.
async function* src(name, n, delayEvery) {
  try {
    for (let i = 0; i < n; i++) {
      if (i % delayEvery === 0) await new Promise((r) => queueMicrotask(r));
      yield name + i;
    }
  } finally {
    console.log('  close', name);
  }
}
async function* zip(...iterables) {
  const its = iterables.map((x) => x[Symbol.asyncIterator]());
  let done = false;
  try {
    for (;;) {
      const rs = await Promise.all(its.map((it) => it.next()));
      if (rs.some((r) => r.done)) {
        done = true;
        return;
      }
      yield rs.map((r) => r.value);
    }
  } finally {
    await Promise.all(its.map((it) => it.return?.()));
    console.log('  zip finally, exhausted:', done);
  }
}
async function* zipLongest(...iterables) {
  const its = iterables.map((x) => x[Symbol.asyncIterator]());
  const finished = its.map(() => false);
  for (;;) {
    const rs = await Promise.all(its.map((it, i) => (finished[i] ? { done: true } : it.next())));
    rs.forEach((r, i) => r.done && (finished[i] = true));
    if (finished.every(Boolean)) return;
    yield rs.map((r) => (r.done ? undefined : r.value));
  }
}
(async () => {
  for await (const t of zip(src('a', 3, 1), src('b', 5, 2))) console.log(t);
  for await (const t of zipLongest(src('x', 1, 1), src('y', 3, 3))) console.log(t);
  for await (const t of zip(src('p', 10, 1), src('q', 10, 5))) {
    console.log(t);
    break;
  }
})();
