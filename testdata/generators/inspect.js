function* g() { yield 1; }
const it = g();
console.log(it, [it], { it });
console.log(g, Object.getPrototypeOf(g), Object.getPrototypeOf(it), Object.getPrototypeOf(Object.getPrototypeOf(it)));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(it))));
console.log(Object.getOwnPropertyNames(g), Object.getOwnPropertyDescriptor(g, 'prototype'));
console.log(`${Object.prototype.toString.call(g)}`, String(it), it[Symbol.toStringTag]);
const o = { *gen() {} };
console.log(o, o.gen, o.gen());
