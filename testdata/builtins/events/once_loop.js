// The await-once-in-a-loop pattern: events emitted in one synchronous burst
// are lost between awaits, events spaced by ticks or timers are not; a race
// between once() and a timeout.
const { EventEmitter, once } = require('events');
const e = new EventEmitter();
async function consume(label, n) {
  const got = [];
  for (let i = 0; i < n; i++) {
    const [v] = await once(e, label);
    got.push(v);
  }
  return got;
}
function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after ' + ms)), ms));
}
async function main() {
  const burst = consume('burst', 1);
  e.emit('burst', 1); e.emit('burst', 2); e.emit('burst', 3);
  console.log('burst', await burst);
  const ticks = consume('tick', 3);
  let i = 0;
  const next = () => { e.emit('tick', ++i); if (i < 3) setImmediate(next); };
  setImmediate(next);
  console.log('ticks', await ticks);
  // once settles a few jobs after its event: a consumer that awaits once
  // in a loop misses the events emitted in the jobs between.
  const micro = consume('micro', 3);
  let j = 0;
  const step = () => { e.emit('micro', ++j); if (j < 40) Promise.resolve().then(step); };
  step();
  console.log('microtasks', await micro);
  try {
    await Promise.race([once(e, 'never'), timeout(20)]);
  } catch (err) {
    console.log(err.message, e.listenerCount('never'));
  }
  setTimeout(() => e.emit('soon', 'in time'), 20);
  console.log(await Promise.race([once(e, 'soon'), timeout(60).catch(() => ['late'])]));
}
main();
