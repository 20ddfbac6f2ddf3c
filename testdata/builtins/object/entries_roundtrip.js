// Object.entries / fromEntries / keys / values, the transformations everyday code does.
const prices = { apple: 1.2, pear: 0.8, kiwi: 2.5 };
const doubled = Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2]));
console.log(doubled);
const filtered = Object.fromEntries(Object.entries(prices).filter(([, v]) => v > 1));
console.log(filtered, Object.values(filtered));
console.log(Object.fromEntries(new Map([['a', 1], [{}, 2], [3, 'three']])));
console.log(Object.fromEntries([['q', 'x']].values()));
// Later duplicates win, key order stays first-insertion.
console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));
// Entries must be objects.
try { Object.fromEntries([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.fromEntries(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.fromEntries({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.fromEntries([['x']]), Object.fromEntries([new String('ab')]));
// Primitives are boxed; strings give index entries.
console.log(Object.entries('hi'), Object.keys(5), Object.values(true));
try { Object.keys(undefined); } catch (e) { console.log(e.message); }
try { Object.entries(null); } catch (e) { console.log(e.message); }
// Non-enumerable and symbol keys are skipped; getters run once, in order.
const log = [];
const src = {
  get first() { log.push('first'); return 1; },
  [Symbol('s')]: 'sym',
  get second() { log.push('second'); return 2; },
};
Object.defineProperty(src, 'hidden', { value: 'h', enumerable: false });
console.log(Object.entries(src), log);
// A getter deleting a later key: that key is skipped.
const del = { get a() { delete this.b; return 'a'; }, b: 'b', c: 'c' };
console.log(Object.values(del));
// Arrays and sparse arrays.
console.log(Object.entries(['x', , 'z']), Object.keys([, ,]));
