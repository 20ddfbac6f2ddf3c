// node:timers exports the global timer functions and timers.promises.
import timers, { setTimeout as st, clearTimeout } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
console.log(st === globalThis.setTimeout, timers.setInterval === setInterval, timers.promises.setTimeout === sleep);
console.log(['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'].map((k) => timers[k] === globalThis[k]));
const t = st(() => console.log('cleared: never'), 20);
clearTimeout(t);
timers.setTimeout(() => console.log('timer fired'), 20);
await sleep(40);
console.log('done');
