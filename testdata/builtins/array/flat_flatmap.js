// flat and flatMap: depth, holes, non-arrays, array-likes that are not spread.
const nested = [1, [2, [3, [4, [5]]]], , 6];
console.log(nested.flat(), nested.flat(2), nested.flat(Infinity), nested.flat(0), nested.flat(-1));
console.log(nested.flat('2'), nested.flat(null), nested.flat(undefined), nested.flat(NaN));
console.log([[1, , 3], [, 5]].flat(), [[]].flat(), [[[]]].flat(Infinity));
console.log([{ length: 1, 0: 'x' }].flat(), ['ab', ['cd']].flat());
console.log(['a b', 'c'].flatMap(s => s.split(' ')), [1, 2, 3].flatMap(x => [x, x * 10]));
console.log([1, 2, 3].flatMap(x => [[x]]), [1, 2].flatMap(x => x), [1, 2, 3].flatMap(x => (x % 2 ? [] : [x])));
console.log([1, 2].flatMap(function (x, i, arr) { return [this.k + x + i + arr.length]; }, { k: 100 }));
try { [1].flatMap(); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].flatMap('nope'); } catch (e) { console.log(e.constructor.name, e.message); }
const orders = [
  { id: 1, items: [{ sku: 'a', qty: 2 }, { sku: 'b', qty: 1 }] },
  { id: 2, items: [] },
  { id: 3, items: [{ sku: 'a', qty: 5 }] },
];
const lines = orders.flatMap(o => o.items.map(it => `${o.id}:${it.sku}x${it.qty}`));
console.log(lines);
const totals = orders.flatMap(o => o.items).reduce((m, it) => ((m[it.sku] = (m[it.sku] || 0) + it.qty), m), {});
console.log(totals);
class Bag extends Array {}
const bag = Bag.from([[1], [2]]);
console.log(bag.flat() instanceof Bag, bag.flatMap(x => x).constructor.name);
let deep = [0];
for (let i = 1; i < 200; i++) deep = [deep, i];
console.log(deep.flat(Infinity).length, deep.flat(Infinity).slice(0, 5));
const spreadable = { length: 2, 0: 'p', 1: 'q', [Symbol.isConcatSpreadable]: true };
console.log([spreadable].flat(), [].concat(spreadable));
