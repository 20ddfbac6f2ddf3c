// events.on as a stream: an async generator transforms a source emitter's
// events into a sink emitter, with pause/resume backpressure and cleanup
// when the consumer stops early.
const { EventEmitter, on } = require('events');
class Source extends EventEmitter {
  constructor(n) { super(); this.n = n; this.i = 0; this.paused = false; }
  pause() { this.paused = true; console.log('  source paused at', this.i); }
  resume() { this.paused = false; console.log('  source resumed at', this.i); this.pump(); }
  pump() {
    while (!this.paused && this.i < this.n) this.emit('data', ++this.i);
    if (this.i === this.n) setTimeout(() => this.emit('end'), 20);
  }
}
async function* double(src) {
  try {
    for await (const [v] of on(src, 'data', { close: ['end'], highWaterMark: 3, lowWaterMark: 1 })) yield v * 2;
  } finally {
    console.log('  transform closed, data listeners:', src.listenerCount('data'));
  }
}
async function main() {
  const src = new Source(8);
  const sink = new EventEmitter();
  sink.on('item', (v) => process.stdout.write(v + ' '));
  setTimeout(() => src.pump(), 20);
  for await (const v of double(src)) sink.emit('item', v);
  console.log('\nall items');
  const src2 = new Source(100);
  setTimeout(() => src2.pump(), 20);
  for await (const v of double(src2)) {
    sink.emit('item', v);
    if (v >= 10) break;
  }
  console.log('\nstopped early at', src2.i, 'listeners left:', src2.eventNames());
}
main();
