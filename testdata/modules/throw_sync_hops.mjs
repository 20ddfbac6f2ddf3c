// A module that throws is reported by node's loader three promise jobs
// later, as an uncaught exception from a promise ('unhandledRejection').
let i = 0;
function loop() { console.log('job', i++); if (i < 8) Promise.resolve().then(loop); }
loop();
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin, 'at job', i));
process.nextTick(() => console.log('tick'));
throw new Error('module failed');
