// Object() called and constructed, valueOf/toString/toLocaleString and toStringTag.
console.log(Object(1) instanceof Number, typeof Object('s'), Object(null), Object(undefined), new Object(true));
const o = { a: 1 };
console.log(Object(o) === o, new Object(o) === o, Object() , Object(1n), Object(Symbol.iterator));
const tag = (v) => Object.prototype.toString.call(v);
console.log([null, undefined, 1, 's', true, 1n, Symbol(), [], {}, () => {}, new Date(0), /r/, new Error('e'),
  new Map(), new Set(), Promise.resolve(), JSON, Math, (function () { return arguments; })(), new ArrayBuffer(1),
  new Uint8Array(1), function* () {}, async () => {}].map(tag));
class Custom { get [Symbol.toStringTag]() { return 'Custom!'; } }
console.log(tag(new Custom()), `${new Custom()}`, tag(Object.assign([], { [Symbol.toStringTag]: 'NotArray' })));
console.log(tag({ [Symbol.toStringTag]: 42 }), tag(Object.create(null)));
console.log(o.toString(), o.toLocaleString(), o.valueOf() === o, String(o), o + '', `${[1, [2, 3]]}`);
const withValueOf = { valueOf() { return 10; }, toString() { return 'ten'; } };
console.log(withValueOf + 1, `${withValueOf}`, withValueOf * 2, String(withValueOf), [withValueOf] + '');
const noProto = Object.create(null);
try { `${noProto}`; } catch (e) { console.log(e.constructor.name, e.message); }
try { noProto + ''; } catch (e) { console.log(e.message); }
console.log(Object.prototype.toLocaleString.call(1), typeof Object.prototype.valueOf.call('s'));
try { Object.prototype.valueOf.call(null); } catch (e) { console.log(e.message); }
try { Object.prototype.toLocaleString.call(undefined); } catch (e) { console.log(e.message); }
console.log(Object.length, Object.name, typeof Object.prototype, Object.prototype.constructor === Object);
class Sub extends Object { constructor() { super(); this.made = true; } }
console.log(new Sub(), new Sub() instanceof Object);
