// Merging two timed async streams: race the pending next() of each source,
// yield whichever settles first, and close the others when the consumer stops.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function* source(name, times) {
  try {
    for (const t of times) {
      await sleep(t);
      yield name + t;
    }
  } finally {
    console.log('source', name, 'finally');
  }
}
async function* merge(...iterables) {
  const its = iterables.map((it) => it[Symbol.asyncIterator]());
  const pending = new Map();
  const pull = (it, i) => it.next().then((r) => ({ r, i }));
  its.forEach((it, i) => pending.set(i, pull(it, i)));
  try {
    while (pending.size) {
      const { r, i } = await Promise.race(pending.values());
      if (r.done) {
        pending.delete(i);
        continue;
      }
      pending.set(i, pull(its[i], i));
      yield r.value;
    }
  } finally {
    for (const i of pending.keys()) {
      console.log('closing', i);
      its[i].return();
    }
  }
}
(async () => {
  const out = [];
  for await (const v of merge(source('a', [20, 40, 40]), source('b', [40, 40, 60]))) out.push(v);
  console.log(out.join(' '));
  for await (const v of merge(source('x', [20, 100]), source('y', [60, 40]))) {
    console.log('got', v);
    if (v === 'y60') break;
  }
  await sleep(150);
  console.log('end');
})();
