const out = [];
let ticks = 0, micros = 0;
function tick(depth) {
  out.push('t' + depth);
  ticks++;
  if (depth < 3) {
    process.nextTick(tick, depth + 1);
    queueMicrotask(() => micro(depth + 1));
  }
}
function micro(depth) {
  out.push('m' + depth);
  micros++;
  if (depth < 3) {
    queueMicrotask(() => micro(depth + 1));
    process.nextTick(tick, depth + 1);
  }
}
process.nextTick(tick, 0);
queueMicrotask(() => micro(0));
setImmediate(() => {
  console.log(out.join(' '));
  console.log('ticks', ticks, 'micros', micros);
});
