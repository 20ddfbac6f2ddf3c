// A consumer that throws inside for await: the async generator's return()
// is awaited (its finally runs, even one that awaits) before the error
// reaches the catch; an error in that finally is dropped in favour of the
// consumer's.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function* gen(name, failInFinally) {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log(name, 'finally start');
    await sleep(20);
    console.log(name, 'finally end');
    if (failInFinally) throw new Error(name + ' finally failed');
  }
}
(async () => {
  try {
    for await (const v of gen('g1', false)) {
      console.log('got', v);
      throw new Error('consumer failed');
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  try {
    for await (const v of gen('g2', true)) {
      throw new Error('consumer failed again');
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  try {
    for await (const v of gen('g3', true)) {
      break;
    }
  } catch (e) {
    console.log('caught', e.message);
  }
  const f = async () => {
    for await (const v of gen('g4', false)) return 'returned ' + v;
  };
  console.log(await f());
})();
