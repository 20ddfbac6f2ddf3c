const sleep = ms => new Promise(r => setTimeout(r, ms));
const log = [];
async function fetchItem(id) {
  log.push(`start ${id}`);
  await sleep(10 * id);
  log.push(`end ${id}`);
  return id * 10;
}
async function sequential(ids) {
  const out = [];
  for (const id of ids) out.push(await fetchItem(id));
  return out;
}
async function parallel(ids) {
  return Promise.all(ids.map(fetchItem));
}
async function main() {
  console.log(await sequential([3, 1, 2]), log.splice(0));
  console.log(await parallel([1, 2, 3]), log.splice(0));
}
main();
