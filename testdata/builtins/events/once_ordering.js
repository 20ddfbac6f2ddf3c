// When events.once and events.on settle relative to other promise jobs and
// nextTicks: once is an async function, so it settles two jobs later.
const { EventEmitter, once, on } = require('events');
const e = new EventEmitter();
const log = (...a) => console.log(...a);
once(e, 'go').then(([v]) => log('once resolved', v));
const it = on(e, 'go');
it.next().then(({ value }) => log('on next resolved', value));
Promise.resolve().then(() => log('job 1')).then(() => log('job 2')).then(() => log('job 3')).then(() => log('job 4'));
process.nextTick(() => log('tick'));
e.emit('go', 'now');
log('emitted');
(async () => {
  for await (const [v] of it) { log('loop', v); if (v === 3) break; }
  log('loop done');
})();
setTimeout(() => { e.emit('go', 2); e.emit('go', 3); log('timer emitted'); }, 20);
