// events.once and events.on on an EventTarget (an AbortSignal), and on neither kind.
const { once, on } = require('events');
(async () => {
  const ac = new AbortController();
  setTimeout(() => ac.abort('why'), 20);
  const [ev] = await once(ac.signal, 'abort');
  console.log(ev.type, ac.signal.reason);
  try { await once({}, 'x'); } catch (e) { console.log(e.code, e.message); }
  try { on({}, 'x'); } catch (e) { console.log(e.code, e.message); }
  const ac2 = new AbortController();
  const it = on(ac2.signal, 'abort');
  ac2.abort();
  const r = await it.next();
  console.log(r.done, r.value[0].type);
  await it.return();
})();
