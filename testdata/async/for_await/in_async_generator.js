// for await inside async generators: transforming one stream into another, closing upstream.
async function* upstream(tag) {
  try { for (let i = 0; i < 10; i++) { await null; yield `${tag}${i}`; } }
  finally { console.log(tag, 'upstream closed'); }
}
async function* firstN(src, n) { let k = 0; for await (const x of src) { yield x; if (++k === n) return; } }
async function* interleave(a, b) { const ib = b[Symbol.asyncIterator](); for await (const x of a) { yield x; const y = await ib.next(); if (!y.done) yield y.value; } await ib.return(); }
(async () => {
  for await (const x of firstN(upstream('a'), 2)) console.log(x);
  const out = [];
  for await (const x of firstN(interleave(upstream('p'), upstream('q')), 5)) out.push(x);
  console.log(out);
})();
