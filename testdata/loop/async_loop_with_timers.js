const sleep = ms => new Promise(r => setTimeout(r, ms));
async function worker(name, delays) {
  for (const d of delays) {
    await sleep(d);
    console.log(name, 'woke after', d);
    process.nextTick(() => console.log(name, 'tick after', d));
  }
  return name;
}
Promise.all([worker('A', [20, 60]), worker('B', [50, 80])]).then(names => console.log('all done', names));
setImmediate(() => console.log('immediate before any timer'));
