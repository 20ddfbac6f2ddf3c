const inflight = new Map();
let fetches = 0;
async function load(key) {
  fetches++;
  await new Promise(r => setTimeout(r, 5));
  return key.toUpperCase();
}
function cached(key) {
  if (!inflight.has(key)) inflight.set(key, load(key));
  return inflight.get(key);
}
async function main() {
  const results = await Promise.all([cached('a'), cached('b'), cached('a'), cached('a')]);
  console.log(results, 'fetches:', fetches);
  console.log(await cached('b'), 'fetches:', fetches);
}
main();
