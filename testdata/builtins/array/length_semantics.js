// length: growing, truncating, invalid values, large indices, read-only length.
const a = [1, 2, 3];
a.length = 5;
console.log(a, a.length, 4 in a);
a.length = 1;
console.log(a, a[1]);
a[9] = 'nine';
console.log(a.length, a);
a.length = '2';
console.log(a.length, a);
for (const bad of [-1, 1.5, 2 ** 32, 'x', NaN]) {
  try { [].length = bad; } catch (e) { console.log(String(bad), e.constructor.name, e.message); }
}
const big = [];
big[100000] = 'last';
console.log(big.length, big[100000], Object.keys(big));
const notIndex = [];
notIndex[2 ** 32 - 1] = 'x';
notIndex['-1'] = 'neg';
notIndex['1.5'] = 'frac';
console.log(notIndex.length, Object.keys(notIndex));
try { const x = []; x.length = 2 ** 32 - 1; x.push(1); } catch (e) { console.log(e.constructor.name, e.message); }
const ro = [1, 2, 3];
Object.defineProperty(ro, 'length', { writable: false });
console.log(Object.getOwnPropertyDescriptor(ro, 'length'));
try { 'use strict'; ro.push(4); } catch (e) { console.log(e.constructor.name, e.message); }
ro.length = 0;
console.log(ro.length, ro);
try { ro.pop(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(ro);
const fixed = [1, 2, 3, 4];
Object.defineProperty(fixed, 2, { configurable: false });
fixed.length = 0;
console.log(fixed.length, fixed);
console.log(Reflect.defineProperty(fixed, 'length', { value: 1 }), fixed.length);
try { Object.defineProperty([], 'length', { value: -1 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty([], 'length', { get() { return 1; } }); } catch (e) { console.log(e.constructor.name, e.message); }
const lenObj = { length: { valueOf() { return 2; } }, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.slice.call(lenObj), Array.prototype.map.call({ length: -5 }, x => x));
const grown = [];
grown.length = 3;
console.log(grown.map(() => 1), grown.fill(1));
