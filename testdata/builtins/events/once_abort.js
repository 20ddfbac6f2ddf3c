// events.once with an AbortSignal, and once on an emitter's 'error' itself.
const { EventEmitter, once } = require('events');
async function main() {
  const e = new EventEmitter();
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  console.log(e.listenerCount('never'), e.listenerCount('error'));
  setTimeout(() => ac.abort(), 20);
  try { await p; } catch (err) {
    console.log(err.name, err.code, err.message, err.cause?.name, e.listenerCount('never'), e.listenerCount('error'));
  }
  try { await once(e, 'x', { signal: ac.signal }); } catch (err) { console.log('already aborted:', err.name); }
  try { await once(e, 'x', { signal: 'nope' }); } catch (err) { console.log(err.code); }
  const ac2 = new AbortController();
  const p2 = once(e, 'fine', { signal: ac2.signal });
  e.emit('fine', 'ok');
  console.log(await p2);
  ac2.abort();
  const pe = once(e, 'error');
  e.emit('error', 'plain');
  console.log('error via once:', await pe);
}
main();
