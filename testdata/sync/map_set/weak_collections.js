const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
console.log(wm.get(k1), wm.has(k2), wm.has({}), wm.delete(k1), wm.has(k1));
try {
  wm.set('string key', 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const ws = new WeakSet([k1]);
console.log(ws.has(k1), ws.has(k2));
console.log(wm, ws);
const cache = new WeakMap();
function area(rect) {
  if (!cache.has(rect)) { console.log('computing'); cache.set(rect, rect.w * rect.h); }
  return cache.get(rect);
}
const r = { w: 3, h: 4 };
console.log(area(r), area(r));
