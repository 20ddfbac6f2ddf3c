function* g() { const x = yield; return x; }
const it = g();
const r1 = it.next();
console.log(Object.keys(r1), r1);
const r2 = it.next(undefined);
console.log(r2, "value" in r2);
console.log(it.next());
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
console.log(Object.prototype.toString.call(it));
