// WeakMap as private storage and a memo cache keyed by objects.
const privates = new WeakMap();
class Account {
  constructor(owner, balance) { privates.set(this, { balance, history: [] }); this.owner = owner; }
  deposit(n) { const p = privates.get(this); p.balance += n; p.history.push(n); return this; }
  get balance() { return privates.get(this).balance; }
}
const acc = new Account('ann', 10).deposit(5).deposit(7);
console.log(acc, acc.balance, privates.has(acc), privates.get(acc).history);
const memo = new WeakMap();
let computations = 0;
function area(shape) {
  if (!memo.has(shape)) { computations++; memo.set(shape, shape.w * shape.h); }
  return memo.get(shape);
}
const sq = { w: 3, h: 4 };
console.log(area(sq), area(sq), area({ w: 3, h: 4 }), computations);
// Keys must be objects or non-registered symbols.
const wm = new WeakMap();
for (const k of [1, 'str', null, undefined, true, Symbol.for('registered')]) {
  try { wm.set(k, 1); } catch (e) { console.log(e.constructor.name, e.message); }
}
const local = Symbol('local');
wm.set(local, 'symbol key');
console.log(wm.get(local), wm.has(local), wm.get(1), wm.has('str'), wm.delete(null));
// set returns the map; delete reports removal.
const k = {};
console.log(wm.set(k, 1) === wm, wm.delete(k), wm.delete(k), wm.get(k));
// Constructed from entries.
const a = {}, b = function () {};
const fromEntries = new WeakMap([[a, 'A'], [b, 'B']]);
console.log(fromEntries.get(a), fromEntries.get(b), fromEntries);
try { new WeakMap([[1, 2]]); } catch (e) { console.log(e.message); }
try { new WeakMap([1]); } catch (e) { console.log(e.message); }
try { WeakMap(); } catch (e) { console.log(e.message); }
try { WeakMap.prototype.get.call(new Map(), a); } catch (e) { console.log(e.message); }
console.log(Object.prototype.toString.call(wm), typeof wm.size, typeof wm.forEach, typeof wm.clear);
