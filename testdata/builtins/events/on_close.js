// events.on with the close option, throw(), and an emitter that ends.
const { EventEmitter, on } = require('events');
class Lines extends EventEmitter {
  start(lines) {
    let i = 0;
    const timer = setInterval(() => {
      if (i < lines.length) this.emit('line', lines[i++], i);
      else { clearInterval(timer); this.emit('end'); }
    }, 20);
  }
}
async function main() {
  const src = new Lines();
  src.start(['alpha', 'beta', 'gamma']);
  for await (const [line, n] of on(src, 'line', { close: ['end'] })) {
    console.log(n, line);
  }
  console.log('stream ended', src.eventNames());
  const e = new EventEmitter();
  const it = on(e, 'v');
  const waiting = it.next();
  try { it.throw('not an error'); } catch (err) { console.log(err.code, err.message); }
  it.throw(new Error('stop'));
  try { await waiting; } catch (err) { console.log('pending rejected:', err.message); }
  console.log(await it.next(), e.eventNames());
  const it2 = on(e, 'w');
  e.emit('error', new Error('early'));
  e.emit('w', 'ignored');
  try { await it2.next(); } catch (err) { console.log('next rejects once:', err.message); }
  console.log(await it2.next());
  const it3 = on(e, 'z');
  e.emit('z', 1); e.emit('z', 2);
  for await (const [v] of it3) { console.log('z', v); if (v === 2) break; }
  console.log(e.eventNames());
}
main();
