import { setTimeout as sleep } from 'node:timers/promises';
export const greeting = 'hello';
export default function greet(who) { return `${greeting} ${who}`; }
console.log(greet('module'), this);
for (const ms of [20, 40]) {
  console.log(await sleep(ms, ms), import.meta.url.endsWith('.mjs'));
}
