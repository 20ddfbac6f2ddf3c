// BigInt comparisons with numbers and strings, equality, sorting, Map keys and conversions back to Number.
console.log(1n == 1, 1n === 1, 2n > 1, 1 < 2n, 2n > 1.5, 2n < 2.5, 1n == '1', 1n < '2', 10n > '9', 1n == 1.5, 0n == '', 0n == false, 1n == true);
console.log(9007199254740993n > 9007199254740992, 9007199254740993n == 9007199254740992, 2n ** 64n > Infinity, -(2n ** 64n) > -Infinity, 1n < NaN, 1n > NaN, 1n == NaN);
console.log(1n < 'x', 1n > 'x', 1n == 'x', 10n >= 10, 10n <= 9.999, [5n, 3, 4n, 1.5, -2n].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0)));
console.log(Number(2n ** 53n + 1n), Number(-5n), parseInt(15n), parseFloat('7n'), Number(2n ** 1024n), Math.round(Number(7n) / 2));
console.log(!!0n, !!1n, 0n ? 'y' : 'n', 1n && 'and', 0n || 'or', 0n ?? 'nullish', [0n, 1n, 2n].filter(Boolean));
const m = new Map([[1n, 'big'], [1, 'num']]);
console.log(m.get(1n), m.get(1), m.size, new Set([1n, 1n, 1]).size, [1n].includes(1n), [1n].indexOf(1n), [0n].includes(-0n));
console.log(typeof (5n * 5n), 5n * 5n === 25n, BigInt(Number.MAX_VALUE) > 0n, BigInt.asUintN(64, 2n ** 64n + 5n));
const ids = ['9007199254740993', '9007199254740995', '12'].map(BigInt);
console.log(ids, ids.reduce((s, v) => s + v, 0n), ids.map(String), JSON.stringify(ids.map(String)));
try { JSON.stringify({ n: 1n }); } catch (e) { console.log(e.name + ': ' + e.message); }
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ n: 1n, list: [2n] }));
delete BigInt.prototype.toJSON;
console.log(Object.is(BigInt(0), 0n), 5n.constructor === BigInt, BigInt.name, BigInt.length, typeof BigInt.prototype.valueOf);
