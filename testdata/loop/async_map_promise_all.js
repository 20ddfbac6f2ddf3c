const sleep = (ms) => new Promise(r => setTimeout(r, ms));
async function job(i) {
  console.log('start', i);
  await null;
  console.log('after first await', i);
  await sleep(30 * (i + 1));
  console.log('end', i);
  return i * i;
}
Promise.all([0, 1, 2].map(job)).then(v => console.log('results', v));
(async () => {
  for (const i of [0, 1]) {
    console.log('sequential', i, await Promise.resolve(i));
  }
})();
console.log('sync end');
