async function pool(tasks, limit) {
  const results = [];
  let next = 0, running = 0;
  async function worker(id) {
    while (next < tasks.length) {
      const i = next++;
      running++;
      console.log(`worker ${id} starts task ${i} (running ${running})`);
      results[i] = await tasks[i]();
      running--;
      console.log(`worker ${id} finished task ${i}`);
    }
  }
  await Promise.all(Array.from({ length: limit }, (_, id) => worker(id)));
  return results;
}
const task = (v, hops) => async () => {
  for (let h = 0; h < hops; h++) await null;
  return v;
};
pool([task('a', 3), task('b', 1), task('c', 0), task('d', 2), task('e', 1)], 2).then(r => console.log('results', r));
