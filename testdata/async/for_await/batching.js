async function* source() { for (let i = 1; i <= 7; i++) { await null; yield i; } }
async function* batch(it, n) { let buf = []; for await (const x of it) { buf.push(x); if (buf.length === n) { yield buf; buf = []; } } if (buf.length) yield buf; }
(async () => { for await (const b of batch(source(), 3)) console.log(b); })();
