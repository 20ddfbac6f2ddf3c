// CommonJS: require() of node's timers/promises, with and without node:.
const { setTimeout: sleep } = require('timers/promises');
const tp = require('node:timers/promises');
const timers = require('timers');
console.log(tp.setTimeout === sleep, timers.promises === tp, timers.setTimeout === setTimeout);
sleep(20, 'slept').then((v) => console.log(v));
console.log('sync end');
