const sleep = ms => new Promise(r => setTimeout(r, ms));
async function processItem(x) { await sleep(x); console.log('processed', x); }
async function bad(items) {
  items.forEach(async item => { await processItem(item); });
  console.log('bad: Done (too early)');
}
async function good(items) {
  for (const item of items) await processItem(item);
  console.log('good: Done (after all)');
}
bad([20, 150]).then(() => sleep(250)).then(() => good([4, 1]));
