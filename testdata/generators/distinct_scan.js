// distinct, scan (running reduce) and reduce over async streams, and a
// reduce that rejects halfway, closing the stream.
async function* from(items) {
  try {
    for (const x of items) yield x;
  } finally {
    console.log('  from finally');
  }
}
async function* distinct(src, key = (x) => x) {
  const seen = new Set();
  for await (const x of src) {
    const k = key(x);
    if (seen.has(k)) continue;
    seen.add(k);
    yield x;
  }
}
async function* scan(src, f, acc) {
  for await (const x of src) yield (acc = await f(acc, x));
}
async function reduce(src, f, acc) {
  for await (const x of src) acc = await f(acc, x);
  return acc;
}
async function list(src) {
  const out = [];
  for await (const x of src) out.push(x);
  return out;
}
(async () => {
  console.log(await list(distinct(from([3, 1, 3, 2, 1, 4, 2]))));
  console.log(await list(distinct(from(['Apple', 'apple', 'Banana', 'APPLE', 'banana']), (s) => s.toLowerCase())));
  console.log(await list(scan(from([1, 2, 3, 4, 5]), (a, b) => a + b, 0)));
  console.log(await list(scan(from('abc'), async (a, c) => a + c, '>')));
  console.log(await reduce(distinct(from([5, 5, 6])), (a, b) => a * b, 1));
  try {
    await reduce(from([1, 2, 3, 4]), async (a, x) => {
      if (x === 3) throw new Error('cannot add ' + x);
      return a + x;
    }, 0);
  } catch (e) {
    console.log('reduce failed:', e.message);
  }
})();
