const fake = {
  then(onFulfilled, onRejected) {
    console.log('fake.then called with', typeof onFulfilled, typeof onRejected);
    if (typeof onFulfilled === 'function') queueMicrotask(() => onFulfilled('fake value'));
    return 'whatever then returns';
  },
};
console.log('catch returns:', Promise.prototype.catch.call(fake, () => {}));
const f = Promise.prototype.finally.call(fake, () => console.log('finally callback'));
console.log('finally returns:', f);
const rejecting = { then(_, onRejected) { queueMicrotask(() => onRejected(new Error('fake reason'))); } };
Promise.prototype.catch.call(rejecting, e => console.log('generic catch saw', e.message));
try { Promise.prototype.then.call(fake, () => {}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('sync end');
