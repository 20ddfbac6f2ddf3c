// Built-in consumers and the protocol: next read once per iteration start,
// a next method replaced mid-loop is not seen, a done getter that throws,
// spread of a string with astral characters, Array.from of an iterable
// whose return() is missing, and arrays with a replaced Symbol.iterator.
const log = [];
const src = {
  [Symbol.iterator]() {
    log.push('get iterator');
    let i = 0;
    const it = {
      get next() {
        log.push('get next');
        return function () {
          i++;
          if (i === 2) it.replaced = true;
          return { value: i, done: i > 3 };
        };
      },
    };
    return it;
  },
};
console.log([...src], log.join(','));
const doneThrows = {
  [Symbol.iterator]() {
    return {
      next() { return { get done() { throw new Error('done getter'); } }; },
      return() { console.log('return must not be called'); return {}; },
    };
  },
};
try {
  for (const x of doneThrows);
} catch (e) {
  console.log('caught', e.message);
}
console.log([...'a😀b'], Array.from('😀😁').length);
console.log(Array.from({ [Symbol.iterator]: function* () { yield 1; yield 2; } }));
const arr = [1, 2, 3];
arr[Symbol.iterator] = function* () { yield 'custom'; };
console.log([...arr], Array.from(arr), [].concat(arr).length);
const [p, q] = arr;
console.log(p, q);
const saved = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function* () { yield 'patched'; };
console.log([...[7, 8]], Math.max(...[1, 5]));
Array.prototype[Symbol.iterator] = saved;
console.log([...[7, 8]]);
const it = [1, 2, 3][Symbol.iterator]();
it.next();
console.log([...it], [...it]);
console.log(Object.getPrototypeOf(it).next === [].values().next, typeof it[Symbol.iterator]);
