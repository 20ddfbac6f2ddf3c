// The JSON round trip everyday code uses to clone, and what it loses.
const original = {
  id: 7, name: 'widget', tags: ['a', 'b'], price: 9.99, active: true, meta: null,
  created: new Date(Date.UTC(2021, 5, 15, 8, 30)), missing: undefined, fn() {}, nested: { list: [{ x: 1 }, { x: 2 }] },
  nan: NaN, inf: Infinity, neg0: -0, map: new Map([['k', 1]]), set: new Set([1]), re: /x/g,
};
const copy = JSON.parse(JSON.stringify(original));
console.log(copy);
console.log(Object.keys(original).length, Object.keys(copy).length, typeof copy.created, copy.nested.list[1] !== original.nested.list[1]);
copy.nested.list[0].x = 100;
console.log(original.nested.list[0].x, copy.nested.list[0].x);
const pretty = JSON.stringify({ users: [{ name: 'a', roles: ['admin', 'dev'] }, { name: 'b', roles: [] }], count: 2 }, null, 2);
console.log(pretty);
console.log(JSON.parse(pretty).users[0].roles.length);
const withDates = JSON.parse(JSON.stringify({ at: new Date(0) }), (k, v) => (k === 'at' ? new Date(v) : v));
console.log(withDates.at.toISOString(), withDates.at instanceof Date);
const roundNums = [0.1, 1 / 3, 1e21, 1e-7, 123456789012345680000, 5e-324, 1.7976931348623157e308];
console.log(JSON.parse(JSON.stringify(roundNums)).every((n, i) => n === roundNums[i]), JSON.stringify(roundNums));
const strs = ['plain', 'quote"s', 'back\\slash', 'new\nline', 'tab\t', 'uni\u00e9', 'emoji😀', 'ctl\u0001', 'lone\ud800'];
console.log(JSON.parse(JSON.stringify(strs)).every((s, i) => s === strs[i]));
console.log(JSON.stringify(strs));
console.log(structuredClone === undefined ? 'no structuredClone' : typeof structuredClone);
