// An 'error' event nobody listens to is thrown out of emit and ends the program.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('data', (d) => console.log('data', d));
e.emit('data', 1);
process.on('exit', (code) => console.log('exit code', code));
setTimeout(() => {
  try {
    e.emit('error', 'plain string');
  } catch (err) {
    console.log('caught', err.code, err.message);
  }
  e.emit('error', new RangeError('nobody listens'));
  console.log('not reached');
}, 20);
