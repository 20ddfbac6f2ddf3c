// forEach/map/filter/some/every/reduce: arguments, thisArg, mutation during iteration.
const log = [];
[10, 20].forEach(function (v, i, arr) { log.push([v, i, arr.length, this.tag]); }, { tag: 'T' });
console.log(log);
console.log([1, 2, 3].map((x, i) => x * i), ['1', '2', '3'].map(Number), ['1', '2', '3'].map(parseInt));
console.log([1, 2, 3, 4].filter(x => x % 2), [0, 1, '', 'a', null, NaN, [], {}].filter(Boolean));
console.log([1, 2, 3].some(x => x > 2), [].some(() => true), [1, 2, 3].every(x => x > 0), [].every(() => false));
console.log([1, 2, 3, 4].reduce((s, x) => s + x), [1, 2, 3, 4].reduce((s, x) => s + x, 10));
console.log([[1, 2], [3]].reduce((acc, x) => acc.concat(x), []));
console.log(['a', 'b', 'c'].reduceRight((s, x) => s + x), [1].reduce(x => x * 100), [].reduce((a, b) => a + b, 'init'));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.constructor.name, e.message); }
try { [, ,].reduceRight((a, b) => a + b); } catch (e) { console.log(e.constructor.name, e.message); }
const grow = [1, 2, 3];
const seen = [];
grow.forEach(x => { seen.push(x); if (grow.length < 6) grow.push(x * 10); });
console.log(seen, grow);
const shrink = [1, 2, 3, 4, 5];
console.log(shrink.map((x, i) => { if (i === 1) shrink.length = 3; return x; }));
const del = [1, 2, 3];
console.log(del.filter((x, i) => { if (i === 0) delete del[1]; return true; }));
const reduceArgs = [];
['a', 'b', 'c'].reduce((acc, v, i, arr) => { reduceArgs.push(`${acc}|${v}|${i}|${arr.length}`); return acc + v; });
console.log(reduceArgs);
try { [1].map(); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].forEach(42); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].filter('x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].reduce(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].every({}); } catch (e) { console.log(e.constructor.name, e.message); }
const strict = [];
[1].forEach(function () { 'use strict'; strict.push(this); });
[1].forEach(function () { strict.push(typeof this); }, 5);
console.log(strict);
const counts = ['a', 'b', 'a', 'c', 'b', 'a'].reduce((m, k) => ({ ...m, [k]: (m[k] || 0) + 1 }), {});
console.log(counts);
