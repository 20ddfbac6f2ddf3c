// A re-export of a name a builtin module lacks is node's link error.
export { nothing as something } from 'node:timers';
console.log('never');
