// Promises show their state and value.
Error.stackTraceLimit = 0;
const pending = new Promise(() => {});
const resolved = Promise.resolve({ a: [1, 2] });
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const rejectedPlain = Promise.reject(42);
rejectedPlain.catch(() => {});
console.log(pending, resolved, rejected, rejectedPlain);
console.log([Promise.resolve(1)], { p: Promise.resolve('s') });
console.log(Promise.resolve(undefined), Promise.resolve(Promise.resolve(2)));
const thenable = Promise.resolve({ then(r) { r(3); } });
console.log(thenable);
(async () => 'async value')().then(() => {});
const asyncResult = (async () => 'async value')();
console.log(asyncResult);
const later = (async () => { await null; return 'later'; })();
console.log(later);
setTimeout(() => console.log('after', later, thenable), 20);
const withProp = Promise.resolve(1);
withProp.tag = 'x';
console.log(withProp);
class MyP extends Promise {}
console.log(MyP.resolve(5));
console.log(Promise.resolve(new Map([[1, { deep: { deeper: {} } }]])));
const all = Promise.all([1, Promise.resolve(2)]);
Promise.resolve().then(() => console.log('microtask', all));
console.log(Promise.resolve('x'.repeat(90)));
