// timers/promises' scheduler is the instance of node's class Scheduler, and
// setInterval an async generator function.
import { scheduler, setInterval } from 'node:timers/promises';
console.log(scheduler, Object.getPrototypeOf(scheduler).constructor.name, setInterval);
try { new (Object.getPrototypeOf(scheduler).constructor)() } catch (e) { console.log(e.name, e.code, e.message) }
try { await scheduler.wait.call({}, 1) } catch (e) { console.log(e.name, e.code, e.message) }
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)));
