const sleep = ms => new Promise(r => setTimeout(r, ms));
async function job(id, ms, fail) {
  await sleep(ms);
  if (fail) throw new Error(`job ${id} failed`);
  console.log(`job ${id} done`);
  return id;
}
async function main() {
  const jobs = [job(1, 25), job(2, 50, true), job(3, 75)];
  try {
    await Promise.all(jobs);
  } catch (e) {
    console.log('first error:', e.message);
  }
  // Promise.all does not cancel the others: wait until they have settled too.
  await Promise.allSettled(jobs);
  console.log('first batch settled');
  const settled = await Promise.allSettled([job(4, 10), job(5, 25, true)]);
  console.log(settled.map(s => s.status + ':' + (s.value ?? s.reason.message)));
}
main();
