// A writer with backpressure: the producer awaits the writer's promise when
// its buffer is full, the async generator source is paused meanwhile, and
// the final flush happens in the pipeline's finally.
const log = [];
function writer(highWater) {
  let buffered = [];
  let waiting = null;
  let flushes = 0;
  const flush = () =>
    new Promise((resolve) => {
      setTimeout(() => {
        flushes++;
        log.push(`flush #${flushes}: ${buffered.join(',')}`);
        buffered = [];
        resolve();
      }, 20 * flushes + 20);
    });
  return {
    async write(x) {
      buffered.push(x);
      if (buffered.length >= highWater) {
        log.push('buffer full at ' + x);
        waiting = flush();
        await waiting;
      }
    },
    async end() {
      if (buffered.length) await flush();
      log.push('ended after ' + flushes + ' flushes');
    },
  };
}
async function* source(n) {
  for (let i = 1; i <= n; i++) {
    log.push('source ' + i);
    yield i;
  }
}
async function pipeTo(src, w) {
  try {
    for await (const x of src) await w.write(x);
  } finally {
    await w.end();
  }
}
pipeTo(source(7), writer(3)).then(() => console.log(log.join('\n')));
