const a = Promise.reject(new Error('a'));
process.nextTick(() => a.catch(e => console.log('a handled in nextTick:', e.message)));
const b = Promise.reject(new Error('b'));
Promise.resolve().then(() => Promise.resolve()).then(() => b.catch(e => console.log('b handled in a later microtask:', e.message)));
const c = Promise.reject(new Error('c handled too late'));
setImmediate(() => c.catch(() => console.log('never: process already died')));
setTimeout(() => console.log('never: timer'), 20);
console.log('sync end');
