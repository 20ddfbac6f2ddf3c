// concat: arrays spread, everything else is one element, Symbol.isConcatSpreadable decides.
console.log([1].concat(2, [3, 4], [[5]], 'six', null, undefined, { seven: 7 }));
console.log([].concat.call(1, 2), [].concat.call('ab', 'cd'));
console.log([1, , 3].concat([4, , 6]), [1, , 3].concat([4, , 6]).length);
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
console.log([0].concat(arr));
const obj = { length: 3, 0: 'a', 2: 'c', [Symbol.isConcatSpreadable]: true };
console.log([0].concat(obj));
const notSpread = { length: 2, 0: 'x', 1: 'y' };
console.log([0].concat(notSpread).length);
function args() { return [].concat(arguments); }
console.log(args(1, 2).length, Array.isArray(args(1, 2)[0]));
const base = [1, 2, 3];
const copy = base.concat();
copy.push(4);
console.log(base, copy, base.concat() !== base);
class Tagged extends Array {}
const t = Tagged.of(1, 2);
console.log(t.concat([3]) instanceof Tagged, [0].concat(t) instanceof Tagged, [0].concat(t));
console.log(['a'].concat(new String('bc')), [].concat(new Set([1, 2])), [].concat('x'.split('')));
const matrix = [[1, 2], [3, 4], [5]];
console.log([].concat(...matrix), Array.prototype.concat.apply([], matrix));
const proxy = new Proxy([7, 8], {});
console.log([].concat(proxy));
const getterCount = { n: 0 };
const spy = { get length() { getterCount.n++; return 1; }, 0: 'only', [Symbol.isConcatSpreadable]: true };
console.log([].concat(spy, spy), getterCount.n);
