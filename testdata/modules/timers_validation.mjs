// Invalid arguments to timers/promises reject with node's errors.
import { setTimeout as sleep, setImmediate as immediate } from 'node:timers/promises';
const attempts = [
  () => sleep('10'),
  () => sleep(10, 'v', 5),
  () => sleep(10, 'v', null),
  () => sleep(10, 'v', { signal: {} }),
  () => sleep(10, 'v', { ref: 'yes' }),
  () => immediate('v', 'options'),
];
for (const attempt of attempts) {
  try {
    await attempt();
    console.log('resolved');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(await sleep(20, 'unref timer kept by await', { ref: true }));
