// globalThis and the global functions: isNaN/isFinite coercion, property descriptors, constants.
console.log(typeof globalThis, globalThis === global, globalThis.globalThis === globalThis, Object.prototype.toString.call(globalThis));
for (const v of [NaN, 'NaN', 'abc', '', ' ', '12', null, undefined, [], [1, 2], {}, true, Infinity, '-Infinity', 1e308 * 10, new Date(NaN)]) {
  console.log(String(v), isNaN(v), isFinite(v), Number.isNaN(v), Number.isFinite(v));
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'NaN'), Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'parseInt').enumerable, Object.entries(Object.getOwnPropertyDescriptor(globalThis, 'globalThis')).filter(([k]) => k !== 'value'), globalThis[Symbol.toStringTag]);
NaN = 5;
Infinity = 0;
undefined = 1;
console.log(NaN, Infinity, undefined, typeof undefined);
globalThis.myGlobal = 42;
console.log(myGlobal, 'myGlobal' in globalThis, delete globalThis.myGlobal, typeof myGlobal);
var notGlobal = 1;
console.log(globalThis.notGlobal, typeof module, typeof exports, typeof require);
console.log(['Array', 'String', 'Number', 'BigInt', 'Symbol', 'Date', 'RegExp', 'Map', 'JSON', 'Math', 'Intl', 'Reflect', 'Proxy', 'Promise'].every(n => n in globalThis));
console.log(typeof isNaN(Symbol.iterator.description), isFinite('0x10'), isFinite(' 1e3 '), isNaN('1e1000'), isFinite('1e1000'));
try { isNaN(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { isFinite(1n); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(isNaN.length, isFinite.name, Object.keys(globalThis).includes('isNaN'), typeof structuredClone, typeof queueMicrotask);
