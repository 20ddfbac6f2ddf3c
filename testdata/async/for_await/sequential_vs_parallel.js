// Timings decide order: sequential for await versus Promise.all over the same work.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const jobs = [30, 10, 20].map((ms, i) => () => sleep(ms, `job${i}`));
(async () => {
  const seen = [];
  for await (const r of jobs.map(j => j())) seen.push(r);
  console.log('for await keeps input order', seen);
  const done = [];
  await Promise.all(jobs.map(j => j().then(r => done.push(r))));
  console.log('completion order', done);
  async function* asCompleted(ps) { const wrapped = ps.map(p => { const w = p.then(v => ({ v, w })); return w; }); const left = new Set(wrapped); while (left.size) { const { v, w } = await Promise.race(left); left.delete(w); yield v; } }
  const order = []; for await (const v of asCompleted(jobs.map(j => j()))) order.push(v);
  console.log('as completed', order);
})();
