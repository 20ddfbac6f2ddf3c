// After a top-level await the failure takes one job more to report.
let i = 0;
function loop() { console.log('job', i++); if (i < 8) Promise.resolve().then(loop); }
process.on('uncaughtException', (e, origin) => console.log('caught', e.message, origin, 'at job', i));
await null;
loop();
setTimeout(() => console.log('the loop goes on'), 20);
throw new RangeError('async module failed');
