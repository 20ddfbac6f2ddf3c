const sleep = ms => new Promise(r => setTimeout(r, ms));
let attempts = 0;
async function flaky() {
  attempts++;
  console.log('attempt', attempts);
  if (attempts < 3) throw new Error('transient failure ' + attempts);
  return 'succeeded on attempt ' + attempts;
}
async function retry(fn, tries, delay) {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      console.log('caught', e.message);
      if (i + 1 >= tries) throw e;
      console.log('waiting', delay * 2 ** i, 'ms');
      await sleep(delay * 2 ** i);
    }
  }
}
retry(() => Promise.reject(new Error('permanent')), 2, 5).catch(e => console.log('gave up:', e.message));
retry(flaky, 5, 20).then(v => console.log(v));
process.nextTick(() => console.log('tick after both retries started'));
