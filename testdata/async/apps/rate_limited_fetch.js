const sleep = ms => new Promise(r => setTimeout(r, ms));
const fakeApi = {
  calls: 0,
  async get(path) {
    this.calls++;
    await sleep(2);
    return { path, body: path.split('/').pop().toUpperCase() };
  },
};
function rateLimit(fn, perBatch) {
  let batch = Promise.resolve();
  let inBatch = 0;
  return (...args) => {
    if (inBatch === perBatch) {
      inBatch = 0;
      batch = batch.then(() => sleep(5));
    }
    inBatch++;
    return batch.then(() => fn(...args));
  };
}
const get = rateLimit(p => fakeApi.get(p), 2);
async function main() {
  const paths = ['/a', '/b', '/c', '/d', '/e'].map(p => '/api' + p);
  const results = await Promise.all(paths.map(p => get(p)));
  console.log(results.map(r => r.body).join(''), fakeApi.calls);
}
main();
