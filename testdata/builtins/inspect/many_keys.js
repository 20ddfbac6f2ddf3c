// Realistic records: many keys, nested arrays in objects, lists of objects.
const user = {
  id: 1024, username: 'ann_smith', email: 'ann@example.com', active: true,
  roles: ['admin', 'editor'], createdAt: '2024-01-15T10:00:00Z', lastLogin: null,
  profile: { firstName: 'Ann', lastName: 'Smith', age: 34, interests: ['hiking', 'chess', 'go'] },
  settings: { theme: 'dark', notifications: { email: true, sms: false, push: { enabled: true } } },
};
console.log(user);
const users = [
  { id: 1, name: 'Ann', tags: ['a'] },
  { id: 2, name: 'Bob', tags: [] },
  { id: 3, name: 'Cyd', tags: ['x', 'y', 'z'] },
];
console.log(users);
console.log({ page: 1, perPage: 3, total: 3, data: users });
const inventory = {};
for (const item of ['apples', 'bananas', 'cherries', 'dates', 'elderberries', 'figs', 'grapes', 'honeydew', 'kiwis', 'lemons']) {
  inventory[item] = item.length * 7;
}
console.log(inventory);
const matrix = Array.from({ length: 5 }, (_, r) => Array.from({ length: 5 }, (_, c) => r * 5 + c));
console.log({ matrix });
console.log({ points: [{ x: 1, y: 2 }, { x: 3, y: 4 }], bbox: [[0, 0], [10, 10]] });
const response = {
  status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'abc-123', 'cache-control': 'no-cache' },
  body: { results: [{ id: 'r1', score: 0.98, labels: ['cat', 'animal'] }, { id: 'r2', score: 0.5, labels: [] }] },
};
console.log(response);
const counts = Object.fromEntries('the quick brown fox jumps over the lazy dog'.split(' ').map((w, i) => [w, i]));
console.log(counts);
const keys40 = {};
for (let i = 0; i < 40; i++) keys40['key' + i] = i;
console.log(keys40);
console.log(Object.entries({ a: 1, b: [2, 3] }), Object.keys(user));
