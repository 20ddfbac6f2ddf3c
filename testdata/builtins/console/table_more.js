// console.table on everyday data: records, column filters, mixed rows.
const people = [
  { name: 'Ann', age: 34, city: 'Paris' },
  { name: 'Bob', age: 27 },
  { name: 'Cyd', city: 'Oslo', email: 'cyd@example.com' },
];
console.table(people);
console.table(people, ['name', 'city']);
console.table(people, []);
console.table(people, ['missing']);
const scores = { alice: 91, bob: 78, carol: 85 };
console.table(scores);
console.table({ alice: { math: 90, art: 70 }, bob: { math: 60, music: 88 } });
console.table([[1, 2, 3], ['a', 'b'], []]);
console.table([{ a: 1 }, 'plain', 42, null, undefined, [9]]);
console.table([{ a: 1 }, 'plain'], ['a']);
console.table(new Map([['a', 1], [{ k: 1 }, [1, 2, 3, 4]]]));
console.table(new Set([1, 'two', { three: 3 }]));
console.table([{ long: 'x'.repeat(30), nested: { a: 1, b: 2, c: 3 }, arr: [1, 2, 3, 4, 5] }]);
console.table([{ fn: function named() {}, sym: Symbol('s'), big: 10n, neg: -0 }]);
console.table([{ date: new Date(0), re: /x/g, err: null }]);
const arr = ['x', 'y'];
arr.extra = 'z';
console.table(arr);
console.table([{ 'key with space': 1, 'a-b': 2 }]);
console.table([{ wide: '日本', emoji: '👍' }, { wide: 'ab', emoji: 'c' }]);
console.table([]);
console.table(null);
console.table('text');
