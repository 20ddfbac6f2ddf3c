// Combinatorial generators: permutations (Heap's algorithm), combinations,
// cartesian product, power set, all lazy; the consumer stops early.
function* permutations(items) {
  const a = [...items];
  const c = new Array(a.length).fill(0);
  yield a.slice();
  let i = 0;
  while (i < a.length) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      [a[j], a[i]] = [a[i], a[j]];
      yield a.slice();
      c[i]++;
      i = 0;
    } else {
      c[i] = 0;
      i++;
    }
  }
}
function* combinations(items, k, start = 0, acc = []) {
  if (acc.length === k) {
    yield acc.slice();
    return;
  }
  for (let i = start; i < items.length; i++) {
    acc.push(items[i]);
    yield* combinations(items, k, i + 1, acc);
    acc.pop();
  }
}
function* product(...lists) {
  if (lists.length === 0) {
    yield [];
    return;
  }
  const [head, ...tail] = lists;
  for (const x of head) for (const rest of product(...tail)) yield [x, ...rest];
}
function* powerSet(items) {
  for (let k = 0; k <= items.length; k++) yield* combinations(items, k);
}
console.log([...permutations('abc')].map((p) => p.join('')).join(' '));
console.log([...permutations([1, 2, 3, 4])].length);
console.log([...combinations([1, 2, 3, 4, 5], 3)].map((c) => c.join('')).join(' '));
console.log([...product([0, 1], 'xy', [true])].map((p) => p.join('')).join(' '));
console.log(JSON.stringify([...powerSet(['a', 'b', 'c'])]));
let n = 0;
for (const p of permutations([...'abcdefghij'])) {
  if (++n === 5) {
    console.log('fifth of 3628800:', p.join(''));
    break;
  }
}
const [firstPair, secondPair] = combinations('wxyz', 2);
console.log(firstPair, secondPair);
