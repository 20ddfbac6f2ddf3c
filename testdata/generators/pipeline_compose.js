// Composing async stages with reduce into one pipeline, each stage a
// function from async iterable to async iterable; a stage that fails mid
// stream, and a pipeline whose sink stops early.
const pipe = (...stages) => (src) => stages.reduce((acc, stage) => stage(acc), src);
const map = (f) => async function* (src) {
  for await (const x of src) yield f(x);
};
const filter = (p) => async function* (src) {
  for await (const x of src) if (p(x)) yield x;
};
const tap = (label) => async function* (src) {
  try {
    for await (const x of src) {
      console.log(`  ${label}:`, x);
      yield x;
    }
  } finally {
    console.log(`  ${label} done`);
  }
};
const take = (n) => async function* (src) {
  for await (const x of src) {
    if (n-- <= 0) return;
    yield x;
  }
};
async function* nums(n) {
  for (let i = 1; i <= n; i++) yield i;
}
async function collect(src) {
  const out = [];
  for await (const x of src) out.push(x);
  return out;
}
(async () => {
  const evensSquared = pipe(tap('in'), filter((x) => x % 2 === 0), map((x) => x * x), tap('out'));
  console.log(await collect(evensSquared(nums(5))));
  const firstTwo = pipe(map((x) => x * 10), tap('t'), take(2));
  console.log(await collect(firstTwo(nums(100))));
  const failing = pipe(tap('before'), map((x) => {
    if (x === 3) throw new Error('stage failed on ' + x);
    return x;
  }), tap('after'));
  try {
    await collect(failing(nums(5)));
  } catch (e) {
    console.log('pipeline error:', e.message);
  }
  console.log(await collect(pipe()(nums(3))));
})();
