function tee(source, n) { const buffers = Array.from({ length: n }, () => []); let pulling = null;
  async function pull() { if (!pulling) pulling = source.next().then((r) => { pulling = null; for (const b of buffers) b.push(r); }); return pulling; }
  return buffers.map((buf) => (async function* () { while (true) { if (!buf.length) await pull(); const r = buf.shift(); if (r.done) return; yield r.value; } })()); }
async function* src() { for (const c of "abc") { console.log("pull", c); await null; yield c; } }
const [x, y] = tee(src(), 2);
(async () => { const out = []; for await (const v of x) out.push("x" + v); for await (const v of y) out.push("y" + v); console.log(out.join(" ")); })();
