// Sliding windows, pairwise and moving averages over generators, sync and
// async, with the window's source closed when the consumer stops.
function* windows(iterable, size, step = 1) {
  const buf = [];
  let skip = 0;
  for (const x of iterable) {
    buf.push(x);
    if (buf.length > size) buf.shift();
    if (buf.length === size) {
      if (skip === 0) {
        yield buf.slice();
        skip = step;
      }
      skip--;
    }
  }
}
function* pairwise(iterable) {
  let prev;
  let first = true;
  for (const x of iterable) {
    if (!first) yield [prev, x];
    prev = x;
    first = false;
  }
}
function* count(n) {
  try {
    for (let i = 1; i <= n; i++) yield i;
  } finally {
    console.log('count closed');
  }
}
console.log(JSON.stringify([...windows(count(6), 3)]));
console.log(JSON.stringify([...windows(count(10), 4, 3)]));
console.log(JSON.stringify([...pairwise('abcd')]));
console.log(JSON.stringify([...windows([1], 2)]));
for (const w of windows(count(1000), 2)) {
  if (w[1] === 3) {
    console.log('stop at', w);
    break;
  }
}
async function* movingAverage(source, n) {
  const win = [];
  let sum = 0;
  for await (const x of source) {
    win.push(x);
    sum += x;
    if (win.length > n) sum -= win.shift();
    if (win.length === n) yield +(sum / n).toFixed(3);
  }
}
async function* prices() {
  for (const p of [10, 11, 13, 12, 15, 18, 17]) {
    await null;
    yield p;
  }
}
(async () => {
  const out = [];
  for await (const a of movingAverage(prices(), 3)) out.push(a);
  console.log('moving average', out);
})();
