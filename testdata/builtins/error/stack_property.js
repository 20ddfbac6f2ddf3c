// error.stack: an own, non-enumerable, writable property whose first line is "Name: message".
const e = new Error('boom');
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof e.stack, 'stack' in e, e.hasOwnProperty('stack'), d && d.enumerable, d && d.configurable);
console.log(e.stack.split('\n')[0], e.stack.split('\n')[1].startsWith('    at '));
console.log(Object.keys(e), JSON.stringify(e), JSON.stringify({ e }));
e.stack = 'replaced';
console.log(e.stack);
delete e.stack;
console.log(e.stack, 'stack' in e);
const t = new TypeError('multi\nline message');
console.log(t.stack.split('\n').slice(0, 2).join(' | '));
class CustomErr extends Error { constructor(m) { super(m); this.name = 'CustomErr'; } }
console.log(new CustomErr('c').stack.split('\n')[0]);
class LateName extends Error {}
LateName.prototype.name = 'LateName';
console.log(new LateName('l').stack.split('\n')[0]);
const o = {};
Error.captureStackTrace(o);
console.log(o.stack.split('\n')[0] === 'Error', Object.keys(o));
function deep(n) { if (n === 0) return new Error('deep'); return deep(n - 1); }
console.log(deep(20).stack.split('\n').length);
Error.stackTraceLimit = 3;
console.log(deep(20).stack.split('\n').length);
Error.stackTraceLimit = Infinity;
console.log(deep(20).stack.split('\n').length > 20);
Error.stackTraceLimit = 10;
const frames = deep(2).stack.split('\n').slice(1, 4).map(l => l.trim().split(' ')[1]);
console.log(frames);
try { null.x; } catch (err) { console.log(err.stack.split('\n')[0]); }
const plain = Object.assign(Object.create(Error.prototype), { message: 'no stack' });
console.log(plain.stack, String(plain), plain instanceof Error);
