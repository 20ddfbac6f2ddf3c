// events.on with an AbortSignal, and highWaterMark/lowWaterMark pausing the emitter.
const { EventEmitter, on } = require('events');
(async () => {
  const e = new EventEmitter();
  const ac = new AbortController();
  setTimeout(() => { e.emit('d', 1); }, 20);
  setTimeout(() => ac.abort(), 40);
  try {
    for await (const [v] of on(e, 'd', { signal: ac.signal })) console.log('v', v);
  } catch (err) { console.log(err.name, err.message, e.listenerCount('d')); }
  const p = new EventEmitter();
  p.pause = () => console.log('pause'); p.resume = () => console.log('resume');
  const it = on(p, 'x', { highWaterMark: 2, lowWaterMark: 1 });
  for (let i = 0; i < 4; i++) p.emit('x', i);
  for (let i = 0; i < 4; i++) console.log((await it.next()).value);
  try { on(p, 'x', { highWaterMark: 0 }) } catch (err) { console.log(err.code, err.message) }
  try { on(p, 'x', { lowWatermark: 1.5 }) } catch (err) { console.log(err.code, err.message) }
  try { on(p, 'x', { signal: 1 }) } catch (err) { console.log(err.code, err.message) }
})();
