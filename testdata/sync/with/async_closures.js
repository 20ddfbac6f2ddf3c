// Closures made in a with body inside a loop of an async function or a
// generator keep their own iteration's with object across awaits and yields.
async function collect(objs) {
  const fns = [];
  for (const o of objs) {
    with (o) {
      await null;
      fns.push(() => `${name}=${value}`);
      value *= 2;
      await null;
    }
  }
  return fns.map(f => f());
}
function* gen(objs) {
  for (const o of objs) {
    with (o) {
      const read = () => name;
      yield read;
      name = name.toUpperCase();
    }
  }
}
(async () => {
  console.log(await collect([{ name: 'a', value: 1 }, { name: 'b', value: 10 }, { name: 'c', value: 100 }]));
  const reads = [...gen([{ name: 'x' }, { name: 'y' }])];
  console.log(reads.map(r => r()));
  // try/finally around awaits inside a with body
  const log = [];
  const o = { step: 0 };
  try {
    with (o) {
      try {
        await null;
        step = 1;
        throw new Error('boom');
      } finally {
        await null;
        log.push(`finally at step ${step}`);
        step = 2;
      }
    }
  } catch (e) {
    log.push(`caught ${e.message}`);
  }
  console.log(log, o);
})();
