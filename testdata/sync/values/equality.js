const pairs = [
  [0, ''], [0, '0'], ['', '0'], [null, undefined], [null, 0], [undefined, 0], [NaN, NaN],
  [false, 'false'], [false, '0'], [1, true], [2, true], [[], ''], [[0], false], [[1, 2], '1,2'],
  [{}, '[object Object]'], ['1e3', 1000], [' \n', 0], [10n, 10], [10n, '10'],
];
for (const [a, b] of pairs) {
  console.log(JSON.stringify([String(a), String(b)]), a == b, a === b, a != b);
}
const o = {};
console.log(o == o, o == {}, Object.is(o, o));
