function task(id, ms) { return () => new Promise((r) => { console.log("start", id); setTimeout(() => { console.log("end", id); r(id); }, ms); }); }
async function* pool(tasks, limit) { const running = new Set(); let i = 0; const results = [];
  for (const t of tasks) { const p = t().then((v) => { running.delete(p); return v; }); running.add(p); results.push(p); if (running.size >= limit) yield await Promise.race(running); }
  while (running.size) yield await Promise.race(running); }
(async () => { for await (const done of pool([task("A", 60), task("B", 20), task("C", 100), task("D", 40)], 2)) console.log("yielded", done); })();
