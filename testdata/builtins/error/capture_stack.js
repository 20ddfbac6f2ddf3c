// Error.captureStackTrace and the first line of error.stack.
const obj = { name: 'Thing', message: 'captured' };
Error.captureStackTrace(obj);
console.log(typeof obj.stack, obj.stack.split('\n')[0]);
console.log(Object.getOwnPropertyDescriptor(obj, 'stack').enumerable);
const plain = {};
Error.captureStackTrace(plain);
console.log(JSON.stringify(plain.stack.split('\n')[0]));
function outer() { return inner(); }
function inner() { const o = {}; Error.captureStackTrace(o, inner); return o.stack; }
const s = outer().split('\n');
console.log(s[0], s[1].trim().startsWith('at outer'));
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; Error.captureStackTrace(this, MyError); }
}
const e = new MyError('hi');
console.log(e.stack.split('\n')[0]);
console.log(new TypeError('first line').stack.split('\n')[0]);
console.log(new Error('').stack.split('\n')[0], new Error().stack.split('\n')[0]);
console.log(new Error('multi\nline').stack.split('\n').slice(0, 2));
const renamed = new Error('x');
renamed.name = 'Later';
console.log(renamed.stack.split('\n')[0]);
try { Error.captureStackTrace(1); } catch (err) { console.log(err.name, err.message); }
console.log(typeof Error.stackTraceLimit, Error.stackTraceLimit);
Error.stackTraceLimit = 1;
console.log(new Error('one frame').stack.split('\n').length);
Error.stackTraceLimit = 0;
console.log(new Error('no frames').stack);
const settable = new Error('s');
settable.stack = 'custom stack';
console.log(settable.stack, settable);
