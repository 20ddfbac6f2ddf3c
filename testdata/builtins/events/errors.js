// The 'error' event: thrown when nobody listens, errorMonitor, ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new TypeError('bad thing')); } catch (err) { console.log('caught', err.name, err.message); }
for (const v of [42, 'str', undefined, { message: 'm' }, [1, 2], null]) {
  try { e.emit('error', v); } catch (err) {
    console.log(err instanceof Error, err.code, err.message, err.context === v, Object.keys(err));
  }
}
try { e.emit('error'); } catch (err) { console.log(err.message); }
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor saw', err.message));
try { e.emit('error', new Error('monitored')); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', new Error('now handled')));
try { e.on('x', 'not a function'); } catch (err) { console.log(err.code, err.message); }
try { e.on('x', {}); } catch (err) { console.log(err.name, err.message); }
try { e.removeListener('x', 1); } catch (err) { console.log(err.message); }
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.name, err.message); }
try { e.setMaxListeners('3'); } catch (err) { console.log(err.code, err.message); }
const thrower = new EventEmitter();
thrower.on('go', () => { throw new Error('listener threw'); });
thrower.on('go', () => console.log('never reached'));
try { thrower.emit('go'); } catch (err) { console.log(err.message); }
console.log(EventEmitter.errorMonitor.toString());
