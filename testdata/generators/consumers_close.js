// Every built-in consumer over a generator, and early closes: a mapping
// function that throws in Array.from, a bad entry for Map, Set with an add
// that throws, Promise.all with a throwing resolve, destructuring that stops.
function* gen(tag, items) {
  try {
    for (const x of items) {
      console.log(`  ${tag} yields`, x);
      yield x;
    }
    console.log(`  ${tag} finished`);
  } finally {
    console.log(`  ${tag} finally`);
  }
}
console.log([...gen('spread', [1, 2])]);
console.log(Math.max(...gen('args', [3, 9, 4])));
const [x, , y] = gen('destr', [1, 2, 3, 4]);
console.log(x, y);
const [first, ...rest] = gen('rest', 'abc');
console.log(first, rest);
console.log(Array.from(gen('from', [1, 2]), (v) => v * 2));
try {
  Array.from(gen('fromThrow', [1, 2, 3]), (v) => {
    if (v === 2) throw new Error('map failed');
    return v;
  });
} catch (e) {
  console.log('caught', e.message);
}
console.log(new Map(gen('map', [['a', 1], ['b', 2]])));
try {
  new Map(gen('mapBad', [['a', 1], 42, ['c', 3]]));
} catch (e) {
  console.log('caught', e.constructor.name, e.message);
}
console.log(new Set(gen('set', [1, 1, 2])));
class NoBig extends Set {
  add(v) {
    if (v > 10) throw new RangeError('too big: ' + v);
    return super.add(v);
  }
}
try {
  new NoBig(gen('setThrow', [1, 20, 3]));
} catch (e) {
  console.log('caught', e.message);
}
console.log(Object.fromEntries(gen('entries', [['k', 'v']])));
new WeakSet(gen('weak', [{}]));
(async () => {
  console.log(await Promise.all(gen('all', [1, Promise.resolve(2)])));
  console.log(await Promise.race(gen('race', [Promise.resolve('r'), 'plain'])));
  console.log((await Promise.allSettled(gen('settled', [Promise.reject('no'), 5]))).map((r) => r.status));
  console.log(await Promise.any(gen('any', [Promise.reject(1), Promise.resolve('yes')])));
  class Bad extends Promise {
    static resolve(v) {
      if (v === 2) throw new Error('resolve threw');
      return super.resolve(v);
    }
  }
  try {
    await Bad.all(gen('badAll', [1, 2, 3]));
  } catch (e) {
    console.log('caught', e.message);
  }
})();
