// sort is stable, compares strings by UTF-16 code units by default, and
// puts undefined last and holes after it.
const people = [
  { name: 'ann', age: 30 }, { name: 'bob', age: 25 }, { name: 'cid', age: 30 },
  { name: 'dee', age: 25 }, { name: 'eve', age: 35 }, { name: 'fay', age: 30 },
];
console.log(people.slice().sort((a, b) => a.age - b.age).map(p => p.name).join(' '));
console.log(people.slice().sort((a, b) => b.age - a.age).map(p => p.name).join(' '));
console.log([10, 9, 1, 100, 25, -3].sort());
console.log([10, 9, 1, 100, 25, -3].sort((a, b) => a - b));
console.log(['b', 'a', 'C', 'B', 'é', 'e', 'Z', '😀', '\uffff'].sort());
const sparse = [3, undefined, , 1, , undefined, 2];
const sorted = sparse.sort();
console.log(sorted, sorted.length, 5 in sorted, 6 in sorted);
console.log([true, false, null, 'null', NaN, 0, -0].sort());
console.log([3, 1, 2].sort(() => 0));
console.log([0.5, -0, 0, -1, Infinity, -Infinity, NaN].sort((a, b) => a - b));
// comparator returning non-numbers is coerced with ToNumber
console.log([3, 1, 2].sort((a, b) => String(a - b)));
console.log([3, 1, 2].sort((a, b) => a > b));
try { [1, 2].sort('nope'); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1, 2].sort(null); } catch (e) { console.log(e.constructor.name, e.message); }
const obj = { 0: 'c', 1: 'a', 2: 'b', length: 3 };
console.log(Array.prototype.sort.call(obj));
const big = Array.from({ length: 50 }, (_, i) => ({ k: i % 5, i }));
big.sort((a, b) => a.k - b.k);
console.log(big.every((x, j) => j === 0 || big[j - 1].k < x.k || (big[j - 1].k === x.k && big[j - 1].i < x.i)));
const calls = [];
[2, 1, 3].sort((a, b) => { calls.push(typeof a); return a - b; });
console.log(calls.every(t => t === 'number'));
const arr = [5, 1, 4];
console.log(arr.sort() === arr);
console.log(['10', '9', '1'].sort((a, b) => a.localeCompare(b)));
