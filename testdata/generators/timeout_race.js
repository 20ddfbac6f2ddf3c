// Racing an async generator's next() against a timeout: a slow value is
// abandoned (the generator keeps its queued request), a fast one wins, and
// return() after the timeout waits for the generator's pending step.
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function* slowValues() {
  try {
    yield await sleep(20, 'fast');
    yield await sleep(80, 'slow');
    yield await sleep(20, 'after slow');
  } finally {
    console.log('slowValues finally');
  }
}
async function nextWithTimeout(it, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms);
  });
  try {
    return await Promise.race([it.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
(async () => {
  const it = slowValues();
  console.log(await nextWithTimeout(it, 50));
  try {
    await nextWithTimeout(it, 40);
  } catch (e) {
    console.log(e.message);
  }
  const started = Date.now();
  console.log(await it.return('gave up'));
  console.log('return waited', Date.now() - started >= 20 ? 'for the slow step' : 'no time');
  console.log(await it.next());
})();
