// A .cjs file is CommonJS even in a "type": "module" package, and
// require() gives it node's builtin timers/promises.
const { setTimeout: sleep } = require('timers/promises');
console.log(this === module.exports, typeof exports, typeof __dirname);
sleep(20, 'slept in cjs').then((v) => console.log(v));
