// Re-exports from builtin modules compile and link: a missing name would
// fail before the module runs.
export { setTimeout as sleep, scheduler } from 'node:timers/promises';
export * as timers from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
console.log(await sleep(20, 're-exported'));
