// Grouping consecutive runs (like itertools.groupby), run-length encoding
// and its decoder, and a generator that partitions by key into a Map.
function* groupBy(iterable, key = (x) => x) {
  let current;
  let group = null;
  for (const x of iterable) {
    const k = key(x);
    if (group && Object.is(k, current)) {
      group.push(x);
      continue;
    }
    if (group) yield [current, group];
    current = k;
    group = [x];
  }
  if (group) yield [current, group];
}
function* rle(s) {
  for (const [ch, run] of groupBy(s)) yield run.length + ch;
}
function* unrle(codes) {
  for (const c of codes) {
    const m = /^(\d+)(.)$/.exec(c);
    yield m[2].repeat(+m[1]);
  }
}
const encoded = [...rle('aaabccddddde')];
console.log(encoded.join(''));
console.log([...unrle(encoded)].join(''));
const words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot'];
for (const [letter, ws] of groupBy(words, (w) => w[0])) console.log(letter, ws);
console.log(new Map(groupBy([1, 3, 5, 2, 4, 7, 9, 6], (n) => n % 2 === 0 ? 'even' : 'odd')));
console.log([...groupBy([NaN, NaN, 0, -0, 0])].map(([k, g]) => [k, g.length]));
const it = groupBy('xxyyz');
const [[k1], second] = it;
console.log(k1, second, it.next());
