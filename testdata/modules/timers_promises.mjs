// node:timers/promises: setTimeout and setImmediate settle with their value
// from the same timer and immediate queues as the global functions.
import { setTimeout as sleep, setImmediate as immediate, scheduler } from 'node:timers/promises';
import * as tp from 'timers/promises';
console.log(sleep.name, sleep.length, immediate.name, immediate.length, typeof tp.setInterval);
console.log(Object.keys(tp), tp.setTimeout === sleep, tp[Symbol.toStringTag]);
const order = [];
const a = sleep(40, 'forty').then((v) => order.push(v));
const b = sleep(20, 'twenty').then((v) => order.push(v));
const c = immediate('immediate').then((v) => order.push(v));
await Promise.all([a, b, c]);
console.log(order);
console.log(await sleep(), await sleep(20), await immediate());
const p = sleep(20, { an: 'object' });
console.log(p instanceof Promise, await p);
await scheduler.wait(20);
console.log('waited', await scheduler.yield());
