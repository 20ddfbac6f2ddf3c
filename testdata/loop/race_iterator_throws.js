function* items() {
  yield { then(r) { console.log('then of first item'); r('first'); } };
  yield Promise.resolve('second');
  throw new Error('iterator broke');
}
Promise.race(items()).then(v => console.log('never', v), e => console.log('race rejected:', e.message));
Promise.all(items()).catch(e => console.log('all rejected:', e.message));
const closable = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next() { n++; return { done: n > 2, value: n }; },
      return() { console.log('return() called'); return {}; },
    };
  },
};
const origResolve = Promise.resolve;
Promise.resolve = function (v) {
  if (v === 2) throw new Error('resolve lookup failed for 2');
  return origResolve.call(this, v);
};
Promise.all(closable).catch(e => console.log('all with a throwing resolve:', e.message));
Promise.resolve = origResolve;
console.log('sync end');
