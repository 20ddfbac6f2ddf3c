// Symbol(), Symbol.for/keyFor, description and conversions.
const a = Symbol('id'), b = Symbol('id');
console.log(a === b, a.toString(), String(b), a.description, typeof a);
console.log(Symbol().description, Symbol('').description, Symbol(undefined).description, Symbol(null).description, Symbol(42).description);
console.log(Symbol({ toString() { return 'from object'; } }).description);
const reg = Symbol.for('app.key');
console.log(reg === Symbol.for('app.key'), Symbol.keyFor(reg), Symbol.keyFor(a), reg.description);
console.log(Symbol.for().description, Symbol.keyFor(Symbol.for()), Symbol.for(1) === Symbol.for('1'));
try { Symbol.keyFor('app.key'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Symbol.keyFor(Symbol.iterator));
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
// Conversions: no implicit string or number conversion.
try { a + ''; } catch (e) { console.log(e.constructor.name, e.message); }
try { `${a}`; } catch (e) { console.log(e.message); }
try { +a; } catch (e) { console.log(e.message); }
try { a < 1; } catch (e) { console.log(e.message); }
console.log(!!a, Boolean(Symbol()), [a].join === undefined, Object(a) instanceof Symbol, typeof Object(a));
try { [a].join(); } catch (e) { console.log(e.message); }
console.log(JSON.stringify({ k: a, [a]: 1, arr: [a] }), JSON.stringify(a));
// Boxed symbols.
const boxed = Object(a);
console.log(boxed.valueOf() === a, boxed == a, boxed === a, boxed.description, Object.prototype.toString.call(boxed));
console.log(boxed, [a, Symbol(), Symbol.for('r')]);
// Symbols as keys are hidden from most enumeration.
const obj = { [a]: 1, visible: 2 };
console.log(Object.keys(obj), JSON.stringify(obj), Object.getOwnPropertySymbols(obj), obj[a]);
for (const k in obj) console.log('for-in sees', k);
console.log({ ...obj }[a], Object.assign({}, obj)[a]);
console.log(Symbol.prototype.toString.call(a), Symbol.length, Symbol.name);
try { Symbol.prototype.toString.call('x'); } catch (e) { console.log(e.message); }
