const sleep = ms => new Promise(r => setTimeout(r, ms));
async function pool(tasks, limit) {
  const results = [];
  let next = 0, active = 0, maxActive = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const i = next++;
      active++;
      maxActive = Math.max(maxActive, active);
      console.log(`worker ${id} starts task ${i}`);
      results[i] = await tasks[i]();
      active--;
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, i) => worker(i)));
  return { results, maxActive };
}
const tasks = [10, 400, 12, 5, 15].map((ms, i) => async () => { await sleep(ms); return `task${i}:${ms}`; });
pool(tasks, 2).then(r => console.log(r));
