'use strict';
// freeze / seal / preventExtensions and the isX queries, with strict-mode errors.
const o = { a: 1, nested: { b: 2 } };
Object.freeze(o);
console.log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
try { o.a = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { o.c = 3; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { delete o.a; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
o.nested.b = 3;
console.log(o, Object.isFrozen(o.nested));
const s = Object.seal({ x: 1 });
s.x = 10;
try { s.y = 1; } catch (e) { console.log(e.message); }
try { delete s.x; } catch (e) { console.log(e.message); }
console.log(s, Object.isSealed(s), Object.isFrozen(s));
const p = Object.preventExtensions({ k: 1 });
delete p.k;
console.log(p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
// Primitives are returned as they are and count as frozen.
console.log(Object.freeze(1), Object.isFrozen('x'), Object.isSealed(undefined), Object.isExtensible(2));
// Arrays.
const arr = Object.freeze([1, 2, 3]);
try { arr.push(4); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { arr[0] = 9; } catch (e) { console.log(e.message); }
try { arr.length = 0; } catch (e) { console.log(e.message); }
console.log(arr, Object.getOwnPropertyDescriptor(arr, 0), Object.getOwnPropertyDescriptor(arr, 'length'));
const sealedArr = Object.seal([1, 2]);
sealedArr[0] = 5;
try { sealedArr.pop(); } catch (e) { console.log(e.message); }
console.log(sealedArr);
// Accessors survive freezing.
let hidden = 0;
const acc = Object.freeze({ get v() { return hidden; }, set v(x) { hidden = x; } });
acc.v = 7;
console.log(acc.v, Object.getOwnPropertyDescriptor(acc, 'v').set !== undefined);
// An empty non-extensible object is frozen.
console.log(Object.isFrozen(Object.preventExtensions({})));
