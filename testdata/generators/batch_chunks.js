// Batching: group a stream into arrays of n, flushing the remainder, both
// for a sync generator and an async one; a batch consumer that stops early.
function* chunk(iterable, n) {
  let buf = [];
  for (const x of iterable) {
    buf.push(x);
    if (buf.length === n) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length) yield buf;
}
async function* chunkAsync(source, n) {
  let buf = [];
  try {
    for await (const x of source) {
      buf.push(x);
      if (buf.length === n) {
        yield buf;
        buf = [];
      }
    }
    if (buf.length) yield buf;
  } finally {
    console.log('chunkAsync finally, pending', buf.length);
  }
}
function* range(a, b) {
  try {
    for (let i = a; i < b; i++) yield i;
  } finally {
    console.log('range closed at', a, b);
  }
}
async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await null;
    yield String.fromCharCode(97 + i);
  }
}
console.log([...chunk(range(0, 10), 3)]);
console.log([...chunk('abcdefg', 2)].map((c) => c.join('')));
for (const c of chunk(range(0, 100), 4)) {
  console.log('first batch', c);
  break;
}
(async () => {
  for await (const b of chunkAsync(ticker(8), 3)) console.log('async batch', b.join(''));
  for await (const b of chunkAsync(ticker(26), 5)) {
    console.log('one batch', b.join(''));
    if (b[0] === 'f') break;
  }
  const sizes = [];
  for await (const b of chunkAsync(range(0, 7), 7)) sizes.push(b.length);
  console.log('sizes', sizes);
})();
