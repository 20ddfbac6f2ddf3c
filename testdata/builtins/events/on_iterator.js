// events.on: for await over events, with buffering and break.
const { EventEmitter, on } = require('events');
async function main() {
  const e = new EventEmitter();
  process.nextTick(() => {
    e.emit('msg', 1);
    e.emit('msg', 2, 'two');
    e.emit('msg', 3);
  });
  let n = 0;
  for await (const args of on(e, 'msg')) {
    console.log('got', args);
    if (++n === 3) break;
  }
  console.log('after break', e.listenerCount('msg'), e.listenerCount('error'));
  const it = on(e, 'later');
  e.emit('later', 'a'); // buffered
  e.emit('later', 'b');
  console.log(await it.next(), await it.next());
  const pending = it.next();
  e.emit('later', 'c');
  console.log(await pending);
  const p1 = it.next(), p2 = it.next();
  console.log(await it.return(), await p1, await p2, await it.next());
  console.log(e.listenerCount('later'));
  const it2 = on(e, 'data');
  setTimeout(() => e.emit('error', new Error('stream broke')), 20);
  try {
    for await (const [v] of it2) console.log(v);
  } catch (err) {
    console.log('loop threw', err.message, e.listenerCount('data'));
  }
  console.log(typeof it2[Symbol.asyncIterator], it2[Symbol.asyncIterator]() === it2);
}
main();
