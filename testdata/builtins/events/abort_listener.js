// events.addAbortListener: once on abort, a microtask when already aborted,
// and a disposable that removes the listener.
const { addAbortListener } = require('events');
const ac = new AbortController();
const d = addAbortListener(ac.signal, (ev) => console.log('aborted', ev.type, ac.signal.reason.name));
console.log(typeof d, Object.getPrototypeOf(d), Object.getOwnPropertySymbols(d));
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('never: disposed first'));
d2[Symbol.for('nodejs.dispose')]();
ac2.abort();
ac.abort();
try { addAbortListener({}, () => {}); } catch (e) { console.log(e.code, e.message); }
try { addAbortListener(ac.signal, 1); } catch (e) { console.log(e.code, e.message); }
addAbortListener(ac.signal, (...args) => console.log('already aborted, args:', args.length));
Promise.resolve().then(() => console.log('earlier microtask'));
console.log('sync end');
