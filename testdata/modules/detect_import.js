// A .js file with no package.json type that only parses as a module runs
// as one (node 20's module syntax detection): an import statement.
import { setTimeout as sleep } from 'node:timers/promises';
console.log('this is', this);
const v = await sleep(20, 'slept');
console.log(v);
