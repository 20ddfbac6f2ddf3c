globalThis.shared = 'set on global';
console.log(shared, typeof globalThis, typeof window, typeof global, global === globalThis);
function setImplicit() { implicitGlobal = 5; }
setImplicit();
console.log(implicitGlobal, globalThis.implicitGlobal, delete globalThis.implicitGlobal, typeof implicitGlobal);
console.log(typeof undefined, undefined === void 0, typeof NaN, typeof Infinity);
console.log(Object.keys(globalThis).includes('shared'));
