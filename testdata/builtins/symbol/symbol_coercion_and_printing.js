// How symbols print and coerce in the places everyday code puts them.
const s = Symbol('my sym');
console.log(s, [s], { s }, { [s]: s }, new Map([[s, s]]), new Set([s]));
console.log(String(s), s.toString(), s.description, Symbol('with "quotes"'), Symbol('new\nline'));
console.log(Symbol.iterator, Symbol.for('reg'), Object(s), [Object(Symbol())]);
console.log(typeof s, typeof Object(s), s instanceof Symbol, Object(s) instanceof Symbol);
console.log(`${String(s)}`, [s.toString()].join(), s.description.length);
try { console.log('' + s); } catch (e) { console.log(e.constructor.name, e.message); }
try { console.log(s + 1); } catch (e) { console.log(e.message); }
try { Number(s); } catch (e) { console.log(e.message); }
try { Math.max(s); } catch (e) { console.log(e.message); }
try { s * 2; } catch (e) { console.log(e.message); }
try { parseInt(s); } catch (e) { console.log(e.message); }
try { [1, 2].join(s); } catch (e) { console.log(e.message); }
try { new Date(s); } catch (e) { console.log(e.message); }
console.log(s == Object(s), s === Object(s), Object(s) == Object(s), s == 'Symbol(my sym)');
console.log(Boolean(s), !s, s ? 'truthy' : 'falsy', [s].length, [s].includes(s), [s].indexOf(s));
console.log(JSON.stringify([s, { k: s }]), JSON.stringify({ [s]: 1 }), JSON.stringify(s));
console.log(Object.getOwnPropertyNames(Symbol.prototype), Symbol.prototype[Symbol.toStringTag]);
const desc = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description');
console.log(typeof desc.get, desc.set, desc.enumerable, desc.configurable);
try { desc.get.call('x'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Symbol.prototype.valueOf.call(Object(s)) === s, Symbol.prototype[Symbol.toPrimitive].call(s) === s);
