// The comparator sees the same calls, in the same order, as in node (V8 sorts short arrays by
// one run plus binary insertion), so logging and inconsistent comparators print what node prints.
const cases = [[3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4], [2, 9, 4, 4, 1, 7, 3, 8, 0, 6], [1, 3, 2, 5, 4, 7, 6, 9, 8, 0], Array.from({ length: 40 }, (_, i) => (i * 17) % 23)];
for (const c of cases) {
  const calls = [];
  const r = [...c].sort((a, b) => { calls.push(`${a}:${b}`); return a - b; });
  console.log(r.join(','), calls.length, calls.join(' '));
}
console.log([3, 1, 2, 5, 4].sort((a, b) => a > b), [5, 1, 4, 2, 3].sort((a, b) => a < b), [1, 5, 2, 4, 3].sort(() => -1), [1, 5, 2, 4, 3].sort(() => 1));
console.log([4, 2, 5, 1, 3].sort((a, b) => (a < b ? -1 : 1)), [4, 2, 5, 1, 3].sort((a, b) => b > a));
const people = [{ n: 'a', age: 3 }, { n: 'b', age: 1 }, { n: 'c', age: 2 }];
people.sort((x, y) => { console.log('compare', x.n, y.n); return x.age - y.age; });
console.log(people.map(p => p.n).join(''));
