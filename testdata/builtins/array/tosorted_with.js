// The ES2023 copying methods leave the original alone and read holes as undefined.
const a = [3, 1, , 2];
const s = a.toSorted();
console.log(s, a);
console.log(a.toReversed(), a);
console.log(a.with(2, 9), a);
console.log(a.with(-1, 'last'));
console.log(a.toSpliced(1, 2, 'x', 'y', 'z'), a);
console.log(a.toSpliced(), a.toSpliced(2), a.toSpliced(-1, 1));
try { a.with(4, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.with(-5, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { [].with(0, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log([1, 2, 3].with('1', 'str index'), [1, 2].with(1.7, 'trunc'));
console.log(Array.prototype.toSorted.call({ length: 3, 0: 'b', 1: 'a', 2: 'c' }));
console.log(Array.prototype.toReversed.call('abc'));
console.log(Array.prototype.with.call({ length: 2, 0: 1 }, 1, 2));
class MyArray extends Array {}
const m = MyArray.from([3, 2, 1]);
console.log(m.toSorted() instanceof MyArray, m.toSorted().constructor.name);
console.log(m.map(x => x) instanceof MyArray);
try { [1].toSorted(1); } catch (e) { console.log(e.constructor.name, e.message); }
const nums = [5, 10, 1];
console.log(nums.toSorted((x, y) => y - x), nums);
const frozen = Object.freeze([2, 1]);
console.log(frozen.toSorted(), frozen.toReversed(), frozen.with(0, 7));
try { frozen.sort(); } catch (e) { console.log(e.constructor.name, e.message); }
