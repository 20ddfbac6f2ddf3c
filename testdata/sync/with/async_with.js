// with inside async functions: the object lives across awaits, and names
// resolve at each use, after whatever the awaits let happen.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const env = { step: 0, name: 'env' };
async function run(label) {
  with (env) {
    step++;
    console.log(label, 'before', step, name);
    const got = await sleep(20, step * 10);
    step += got;
    console.log(label, 'after', step, name);
    for (let i = 0; i < 2; i++) {
      await null;
      step++;
    }
    return `${label}:${step}`;
  }
}
async function main() {
  const results = await Promise.all([run('a'), run('b')]);
  console.log(results, env);
  const later = {};
  const p = (async () => {
    with (later) {
      await sleep(20);
      return typeof value === 'undefined' ? 'absent' : value;
    }
  })();
  later.value = 'added while waiting';
  console.log(await p);
  try {
    await (async () => { with (null) { await 1; } })();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
main();
