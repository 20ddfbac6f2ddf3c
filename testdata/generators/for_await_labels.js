// for await with labelled continue/break across nested loops, destructuring
// heads over Map entries from an async source, and closing order of the
// inner and outer async iterators.
async function* entries(tag, map) {
  try {
    for (const e of map) {
      await null;
      yield e;
    }
  } finally {
    console.log('close', tag);
  }
}
const m1 = new Map([['a', 1], ['b', 2], ['c', 3]]);
const m2 = new Map([['x', 10], ['y', 20], ['z', 30]]);
(async () => {
  outer: for await (const [k1, v1] of entries('outer', m1)) {
    for await (const [k2, v2] of entries('inner', m2)) {
      if (k2 === 'y' && k1 === 'a') continue outer;
      if (k1 === 'c') break outer;
      console.log(k1 + k2, v1 + v2);
    }
  }
  let total = 0;
  loop: for await (const { length } of entries('words', new Set(['aa', 'bbb', 'c']))) {
    switch (length) {
      case 1:
        break loop;
      default:
        total += length;
        continue loop;
    }
  }
  console.log('total', total);
  for await (const [i, [k, v] = ['none', 0]] of entries('holes', [[0], [1, ['k', 5]]])) console.log(i, k, v);
})();
