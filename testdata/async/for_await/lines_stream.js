async function* chunks(s, size) { for (let i = 0; i < s.length; i += size) { await null; yield s.slice(i, i + size); } }
async function* lines(it) { let buf = ""; for await (const c of it) { buf += c; let i; while ((i = buf.indexOf("\n")) >= 0) { yield buf.slice(0, i); buf = buf.slice(i + 1); } } if (buf) yield buf; }
(async () => { let n = 0; for await (const l of lines(chunks("alpha\nbeta\n\ngamma delta\nlast", 4))) console.log(++n, JSON.stringify(l)); })();
