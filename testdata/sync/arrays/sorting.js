const people = [
  { name: 'Zoe', age: 30 }, { name: 'adam', age: 25 }, { name: 'Bob', age: 30 }, { name: 'carl', age: 25 },
];
const byAge = [...people].sort((a, b) => a.age - b.age);
console.log(byAge.map(p => p.name));
const byName = [...people].sort((a, b) => a.name.localeCompare(b.name));
console.log(byName.map(p => p.name));
console.log([10, 9, 1, 100, 25].sort(), [10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(['b', undefined, 'a', , 'c'].sort());
console.log([3, 2, 1].toSorted(), [1, 2, 3].toReversed(), [1, 2, 3].with(1, 'two'), [1, 2, 3, 4].toSpliced(1, 2));
const stable = [5, 1, 4].map((v, i) => ({ v: v % 2, i })).sort((a, b) => a.v - b.v);
console.log(stable);
