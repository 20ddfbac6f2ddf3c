// SameValueZero keys: NaN finds NaN, -0 is 0, objects by identity, no coercion.
const m = new Map();
m.set(NaN, 'nan').set(0, 'zero').set('0', 'string zero').set(1n, 'bigint');
console.log(m.get(NaN), m.get(-0), m.get('0'), m.get(1), m.get(1n), m.size);
m.set(-0, 'negative zero overwrites');
console.log(m.get(0), [...m.keys()].map(k => Object.is(k, -0)));
const k1 = { id: 1 }, k2 = { id: 1 };
m.set(k1, 'first object');
console.log(m.get(k1), m.get(k2), m.has({ id: 1 }));
const fn = () => {};
const sym = Symbol('s');
m.set(fn, 'function').set(sym, 'symbol').set(null, 'null').set(undefined, 'undefined');
console.log(m.get(fn), m.get(sym), m.get(Symbol('s')), m.get(null), m.get(undefined), m.get());
console.log(m.has(undefined), new Map().has(undefined), new Map().get(undefined));
// Strings with surrogates and equal-looking numbers.
m.set('😀', 'emoji').set('\ud83d', 'lone high');
console.log(m.get('\ud83d\ude00'), m.get('\ud83d'), m.get(0.1 + 0.2), m.set(0.30000000000000004, 'sum').get(0.1 + 0.2));
console.log(m.size);
// delete returns whether anything was removed.
console.log(m.delete(NaN), m.delete(NaN), m.delete(k2), m.size);
// Boxed primitives are distinct objects.
const boxed = new Map([[new String('a'), 1], [new String('a'), 2]]);
console.log(boxed.size, boxed.get('a'));
console.log(m);
