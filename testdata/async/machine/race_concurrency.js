const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function limited(tasks, limit) {
  const running = new Set();
  const results = [];
  for (const [i, t] of tasks.entries()) {
    const p = t().then(v => { running.delete(p); results[i] = v; return v; });
    running.add(p);
    if (running.size >= limit) { const first = await Promise.race(running); console.log('freed by', first); }
  }
  await Promise.all(running);
  return results;
}
const tasks = [200, 20, 120, 5, 60].map((ms, i) => () => sleep(ms, 'task' + i));
limited(tasks, 2).then(r => console.log(r));
