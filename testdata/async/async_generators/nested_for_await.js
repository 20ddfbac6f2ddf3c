async function* rows() { for (const r of ['r1', 'r2']) yield r; }
async function* cols(r) { for (const c of ['c1', 'c2', 'c3']) { await null; yield `${r}.${c}`; } }
(async () => {
  const out = [];
  for await (const r of rows()) for await (const c of cols(r)) { if (c.endsWith('c3')) break; out.push(c); }
  console.log(out);
})();
