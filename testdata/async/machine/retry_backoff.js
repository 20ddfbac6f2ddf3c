const sleep = (ms) => new Promise(r => setTimeout(r, ms));
function makeFlaky(okAt) {
  let calls = 0;
  return async function flaky() { calls++; await sleep(1); if (calls < okAt) throw new Error('fail ' + calls); return 'ok after ' + calls; };
}
async function retry(fn, tries, delay) {
  for (let attempt = 1; ; attempt++) {
    try { return await fn(); }
    catch (e) {
      console.log('attempt', attempt, e.message);
      if (attempt >= tries) throw e;
      await sleep(delay * 2 ** attempt);
    }
  }
}
async function main() {
  console.log(await retry(makeFlaky(3), 5, 1));
  await retry(makeFlaky(10), 2, 1).catch(e => console.log('gave up:', e.message));
}
main();
