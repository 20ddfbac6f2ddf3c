// captureRejections set globally and per emitter: validation, a thenable whose then throws, and no 'error' listener.
const EE = require('events');
try { EE.captureRejections = 'yes' } catch (e) { console.log(e.code, e.message) }
EE.captureRejections = true;
const e = new EE();
e.on('x', async () => { throw new Error('async fail') });
e.on('error', (err) => console.log('got', err.message));
e.emit('x');
EE.captureRejections = false;
try { new EE({ captureRejections: 1 }) } catch (e) { console.log(e.code, e.message) }
const f = new EE({ captureRejections: true });
f.on('y', () => ({ then() { throw new Error('then threw') } }));
f.on('error', (err) => console.log('f error', err.message));
f.emit('y');
const g = new EE({ captureRejections: true });
g.on('z', async () => { throw new Error('no handler') });
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
g.emit('z');
