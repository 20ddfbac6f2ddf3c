// defineProperty defaults, attribute changes and the TypeErrors node throws.
const o = {};
Object.defineProperty(o, 'x', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'x'));
o.x = 2;
console.log(o.x, Object.keys(o), JSON.stringify(o));
try {
  'use strict';
  (function () { 'use strict'; o.x = 3; })();
} catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty(o, 'x', { value: 5 }); } catch (e) { console.log(e.message); }
Object.defineProperty(o, 'y', { value: 1, writable: true });
Object.defineProperty(o, 'y', { value: 2 });
console.log(o.y, Object.getOwnPropertyDescriptor(o, 'y'));
Object.defineProperty(o, 'y', { writable: false });
try { Object.defineProperty(o, 'y', { writable: true }); } catch (e) { console.log(e.message); }
// Same value on a non-writable non-configurable property is allowed.
Object.defineProperty(o, 'y', { value: 2 });
Object.defineProperty(o, 'z', { value: NaN });
Object.defineProperty(o, 'z', { value: NaN });
try { Object.defineProperty(o, 'z', { value: 0 }); } catch (e) { console.log(e.message); }
Object.defineProperty(o, 'n', { value: -0 });
try { Object.defineProperty(o, 'n', { value: 0 }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, 'bad', { get() {}, value: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty(o, 'bad', { get: 42 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.defineProperty(1, 'a', {}); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, 'a', 1); } catch (e) { console.log(e.message); }
// Accessor to data conversion on a configurable property.
const c = {};
Object.defineProperty(c, 'p', { get() { return 'g'; }, configurable: true, enumerable: true });
console.log(c.p, Object.getOwnPropertyDescriptor(c, 'p'));
Object.defineProperty(c, 'p', { value: 'data' });
console.log(Object.getOwnPropertyDescriptor(c, 'p'));
// Descriptor objects read inherited fields.
const proto = { enumerable: true };
const d = Object.create(proto);
d.value = 'inherited';
Object.defineProperty(c, 'q', d);
console.log(Object.getOwnPropertyDescriptor(c, 'q'), Object.keys(c));
console.log(Object.defineProperty(c, Symbol.iterator, { value: 1 })[Symbol.iterator]);
