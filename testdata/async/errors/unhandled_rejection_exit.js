async function fetchConfig() {
  await new Promise(r => setTimeout(r, 5));
  throw new Error('config service unavailable');
}
async function start() {
  console.log('starting');
  const cfg = await fetchConfig();
  console.log('never', cfg);
}
start();
