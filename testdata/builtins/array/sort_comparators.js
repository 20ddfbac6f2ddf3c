// Comparators real code writes: multi-key, descending, by string, with undefined and dates.
const rows = [
  { name: 'Émile', city: 'Paris', age: 30, joined: new Date(Date.UTC(2020, 0, 5)) },
  { name: 'bob', city: 'Berlin', age: 25, joined: new Date(Date.UTC(2019, 6, 1)) },
  { name: 'Alice', city: 'Paris', age: 25, joined: new Date(Date.UTC(2021, 2, 9)) },
  { name: 'carl', city: 'Berlin', age: 30 },
  { name: 'Dana', city: 'Austin', age: 41, joined: new Date(Date.UTC(2018, 10, 30)) },
];
const names = r => r.map(x => x.name).join(' ');
console.log(names([...rows].sort((a, b) => a.age - b.age)));
console.log(names([...rows].sort((a, b) => b.age - a.age || a.city.localeCompare(b.city))));
console.log(names([...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))));
console.log(names([...rows].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))));
console.log(names([...rows].sort((a, b) => (a.joined ?? Infinity) - (b.joined ?? Infinity))));
console.log(names([...rows].sort((a, b) => a.city.localeCompare(b.city) || a.age - b.age)));
const versions = ['1.10.0', '1.2.0', '1.2.10', '1.2.9', '0.9.1', '2.0.0'];
const cmpVer = (a, b) => { const pa = a.split('.').map(Number), pb = b.split('.').map(Number); for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]; return 0; };
console.log(versions.toSorted(), versions.toSorted(cmpVer));
const files = ['file10.txt', 'file2.txt', 'File1.txt', 'file1.txt'];
const fileNum = f => Number(f.match(/\d+/)[0]);
console.log(files.toSorted(), files.toSorted((a, b) => fileNum(a) - fileNum(b) || a.localeCompare(b)));
const mixed = [10, '9', 1, 'b', 'a', undefined, null, true, [2], { x: 1 }];
console.log(mixed.toSorted());
const byLen = ['ccc', 'a', 'bb', 'dd', 'e', 'fff'];
console.log(byLen.toSorted((a, b) => a.length - b.length), byLen.toSorted((a, b) => b.length - a.length));
const nums = [5, 1, 10, -2, 0.5, 3];
console.log(nums.toSorted((a, b) => a - b), nums.toSorted((a, b) => b - a), nums.toSorted().reverse());
let compares = 0;
Array.from({ length: 100 }, (_, i) => (i * 37) % 101).sort((a, b) => { compares++; return a - b; });
console.log(compares > 0, compares < 2000);
