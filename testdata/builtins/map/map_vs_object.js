// Choosing Map over a plain object: key types, size, order, prototype keys, deletion cost.
const obj = {};
const map = new Map();
for (const k of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
  map.set(k, 'mine');
}
console.log(map.get('constructor'), typeof obj.constructor, obj['toString'] === Object.prototype.toString, map.size);
obj['__proto__'] = 'ignored string';
console.log(Object.keys(obj), Object.getPrototypeOf(obj) === Object.prototype);
const dict = Object.create(null);
dict.__proto__ = 'stored';
console.log(Object.keys(dict), dict.__proto__);
// Key order: objects move integer-like keys first, Maps keep insertion order.
const order = ['b', '2', 'a', '1'];
const o2 = {}, m2 = new Map();
for (const k of order) { o2[k] = true; m2.set(k, true); }
console.log(Object.keys(o2), [...m2.keys()]);
// Keys of any type in a Map; objects stringify theirs.
const elem = { id: 'el' };
const handlers = new Map([[elem, 'click handler'], [1, 'number one'], ['1', 'string one']]);
const handlerObj = { [elem]: 'click handler', 1: 'number one', '1': 'string one' };
console.log(handlers.size, handlers.get(elem), Object.keys(handlerObj), handlerObj[1]);
// Size and iteration.
console.log(map.size, Object.keys(obj).length, [...map].length);
// Clearing.
map.clear();
for (const k of Object.keys(o2)) delete o2[k];
console.log(map, o2);
// Converting for JSON output.
const report = new Map([['total', 3], ['by type', new Map([['a', 1], ['b', 2]])]]);
const toObj = v => (v instanceof Map ? Object.fromEntries([...v].map(([k, x]) => [k, toObj(x)])) : v);
console.log(JSON.stringify(toObj(report)), JSON.stringify(report));
