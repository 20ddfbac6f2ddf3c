// Frozen and sealed arrays: what each mutator does, and node's messages.
'use strict';
const f = Object.freeze([3, 1, 2]);
const tries = {
  push: a => a.push(4), pop: a => a.pop(), shift: a => a.shift(), unshift: a => a.unshift(0),
  splice: a => a.splice(0, 1), sort: a => a.sort(), reverse: a => a.reverse(), fill: a => a.fill(0),
  copyWithin: a => a.copyWithin(0, 1), assign: a => { a[0] = 9; }, length: a => { a.length = 0; },
  delete: a => { delete a[0]; }, define: a => Object.defineProperty(a, 0, { value: 5 }),
};
for (const [name, fn] of Object.entries(tries)) {
  try { fn(f); console.log(name, 'ok', f); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
const s = Object.seal([3, 1, 2]);
for (const [name, fn] of Object.entries(tries)) {
  try { fn(s); console.log(name, 'ok', s); } catch (e) { console.log(name, e.constructor.name, e.message); }
}
console.log(Object.isFrozen(f), Object.isSealed(f), Object.isFrozen(s), Object.isSealed(s), Object.isExtensible(s));
const p = Object.preventExtensions([1, 2]);
try { p.push(3); } catch (e) { console.log('preventExtensions push', e.constructor.name, e.message); }
p[0] = 'changed';
console.log(p.pop(), p);
console.log(f.map(x => x * 2), f.filter(x => x > 1), f.slice(1), f.concat([4]), f.toSorted(), f.with(0, 'w'));
console.log(Object.isFrozen(Object.freeze([])), Object.isFrozen([]), Object.isSealed(Object.freeze([1])));
const nested = Object.freeze([[1], { a: 1 }]);
nested[0].push(2);
nested[1].a = 2;
console.log(nested);
