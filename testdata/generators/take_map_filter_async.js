// Composable helpers over async iterables: map, filter, take, each logging
// when it pulls, so the laziness and the closing order are visible.
async function* numbers() {
  let i = 0;
  try {
    while (true) {
      console.log('  produce', i);
      yield i++;
    }
  } finally {
    console.log('  numbers closed');
  }
}
async function* map(src, f) {
  try {
    for await (const x of src) yield await f(x);
  } finally {
    console.log('  map closed');
  }
}
async function* filter(src, p) {
  for await (const x of src) if (await p(x)) yield x;
}
async function* take(src, n) {
  if (n <= 0) return;
  for await (const x of src) {
    yield x;
    if (--n === 0) return;
  }
}
async function toArray(src) {
  const out = [];
  for await (const x of src) out.push(x);
  return out;
}
(async () => {
  const r = await toArray(take(filter(map(numbers(), (x) => x * x), async (x) => x % 2 === 1), 3));
  console.log('result', r);
  console.log('empty', await toArray(take(numbers(), 0)));
  const it = map(take(numbers(), 5), (x) => Promise.resolve(x + 100));
  console.log(await it.next(), await it.next());
  console.log(await it.return(-1));
})();
