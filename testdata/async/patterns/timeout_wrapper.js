const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
class TimeoutError extends Error { constructor(ms) { super(`timed out after ${ms}ms`); this.name = 'TimeoutError'; } }
async function withTimeout(promise, ms) {
  let id;
  try {
    return await Promise.race([promise, new Promise((_, rej) => { id = setTimeout(() => rej(new TimeoutError(ms)), ms); })]);
  } finally {
    clearTimeout(id);
  }
}
async function main() {
  console.log(await withTimeout(sleep(5, 'quick'), 100));
  try {
    await withTimeout(sleep(200, 'slow'), 30);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
main();
