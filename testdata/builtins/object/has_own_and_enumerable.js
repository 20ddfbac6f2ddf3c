// hasOwn, hasOwnProperty, propertyIsEnumerable, in, and the key coercions they use.
const o = { a: 1, 0: 'zero', [Symbol.for('s')]: 2 };
Object.defineProperty(o, 'hidden', { value: 1 });
const inherited = Object.create(o);
console.log(Object.hasOwn(o, 'a'), Object.hasOwn(inherited, 'a'), 'a' in inherited);
console.log(Object.hasOwn(o, 0), Object.hasOwn(o, '0'), Object.hasOwn(o, Symbol.for('s')));
console.log(o.hasOwnProperty('hidden'), o.propertyIsEnumerable('hidden'), o.propertyIsEnumerable('a'));
console.log(inherited.propertyIsEnumerable('a'), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'));
console.log(Object.hasOwn('abc', 1), Object.hasOwn('abc', 'length'), Object.hasOwn('abc', 3));
try { Object.hasOwn(null, 'a'); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.prototype.hasOwnProperty.call(undefined, 'a'); } catch (e) { console.log(e.message); }
// Keys are coerced before the object is checked... or after: observable order.
const log = [];
const key = { toString() { log.push('key'); return 'a'; } };
try { Object.hasOwn(null, key); } catch (e) { log.push('threw'); }
try { Object.prototype.hasOwnProperty.call(null, key); } catch (e) { log.push('threw2'); }
console.log(log);
// A null-prototype object has no hasOwnProperty; hasOwn still works.
const bare = Object.create(null);
bare.x = 1;
try { bare.hasOwnProperty('x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.hasOwn(bare, 'x'));
// 'in' needs an object on the right.
try { 'x' in 'string'; } catch (e) { console.log(e.constructor.name, e.message); }
console.log('length' in [], 0 in [undefined], 0 in [,], 'size' in new Map());
// Counting words with hasOwn avoids the prototype trap.
const counts = {};
for (const w of 'the constructor of the toString is the valueOf'.split(' ')) {
  counts[w] = Object.hasOwn(counts, w) ? counts[w] + 1 : 1;
}
console.log(counts);
