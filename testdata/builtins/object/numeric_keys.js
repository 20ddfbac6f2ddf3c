// Numeric-looking keys: which count as array indices, how they are ordered and converted.
const o = {};
o['10'] = 'ten';
o['9'] = 'nine';
o['1.0'] = 'one point zero';
o[1.5] = 'one and a half';
o['-1'] = 'minus one';
o['007'] = 'bond';
o[1e21] = 'big';
o[2 ** 32] = 'two to the 32';
o[2 ** 32 - 2] = 'max index';
o[Infinity] = 'inf';
o[NaN] = 'nan';
o[-0] = 'negative zero';
console.log(Object.keys(o));
console.log(o[1], o['1.0'], o[10], o['0'], o[0], o['NaN'], o[1e21], o['1e+21']);
// Numbers as keys convert to their string form.
const m = { 0.1: 'a', 1e3: 'b', 0x10: 'c', 1_000: 'd', .5: 'e' };
console.log(Object.keys(m), m['1000'], m[16]);
// Objects as keys all become "[object Object]" unless they have toString.
const bag = {};
const k1 = {}, k2 = { toString: () => 'custom' };
bag[k1] = 1;
bag[k2] = 2;
bag[[1, 2]] = 3;
bag[null] = 4;
bag[undefined] = 5;
bag[true] = 6;
console.log(Object.keys(bag), bag['[object Object]'], bag['1,2'], bag.null, bag.undefined);
// Arrays: only canonical indices change length.
const arr = [];
arr['2'] = 'c';
arr['02'] = 'not index';
arr[-1] = 'neg';
arr[1.5] = 'frac';
console.log(arr.length, Object.keys(arr), arr);
// Integer keys print first in console.log too.
console.log({ b: 1, 2: 2, a: 3, 1: 4 }, { '-5': 1, 5: 2 });
// BigInt and symbol keys.
const big = { [10n]: 'bigint key' };
console.log(Object.keys(big), big[10], big['10']);
