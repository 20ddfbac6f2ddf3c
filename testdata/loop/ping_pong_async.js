const log = [];
async function player(name, rounds) {
  for (let i = 0; i < rounds; i++) {
    log.push(name + i);
    if (i % 2) await new Promise(r => process.nextTick(r));
    else await null;
  }
  log.push(name + ' done');
}
player('A', 4);
player('B', 3);
queueMicrotask(() => log.push('qm'));
process.nextTick(() => log.push('tick'));
setImmediate(() => console.log(log.join(' ')));
