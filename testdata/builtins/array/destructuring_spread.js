// Spread, rest and destructuring with arrays: copies, swaps, holes, iterables.
const a = [1, 2, 3];
const b = [...a, ...'hi', ...new Set([4, 4, 5])];
console.log(b, [...a] !== a, [...[, 1]], [...[, 1]].length, 0 in [...[, 1]]);
let x = 1, y = 2;
[x, y] = [y, x];
console.log(x, y);
const [first, ...rest] = a;
const [, second] = a;
const [p = 'dp', q = 'dq', r = 'dr', s = 'ds'] = [undefined, null, 0];
console.log(first, rest, second, p, q, r, s);
const [[n1, n2], [n3]] = [[1, 2], [3, 4]];
const { length, [length - 1]: lastItem } = a;
console.log(n1, n2, n3, length, lastItem);
function fn(head, ...tail) { return [head, tail, arguments.length]; }
console.log(fn(...a), fn(), fn(...'ab', ...[]));
console.log(Math.max(...a, 10, ...[20]), [...Array(3).keys()], Array.of(...a).reverse());
const m = new Map([[1, 'one'], [2, 'two']]);
const [[k1, v1], ...others] = m;
console.log(k1, v1, others);
function* nat() { let i = 0; while (true) yield i++; }
const [z0, z1, z2] = nat();
console.log(z0, z1, z2);
try { const [bad] = {}; } catch (e) { console.log(e.constructor.name, e.message); }
try { const [bad] = null; } catch (e) { console.log(e.constructor.name, e.message); }
try { [...undefined]; } catch (e) { console.log(e.constructor.name, e.message); }
const copy2d = [[1], [2]].map(row => [...row]);
copy2d[0].push('x');
console.log(copy2d);
const obj = { ...['a', 'b'] };
console.log(obj, Object.keys(obj));
const merged = [...[1, 2], ...[2, 3]].filter((v, i, arr) => arr.indexOf(v) === i);
console.log(merged);
