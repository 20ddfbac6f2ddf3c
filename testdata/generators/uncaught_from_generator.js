function* g() { yield 1; throw new TypeError("generator exploded"); }
const it = g();
console.log(it.next());
console.log("before");
it.next();
console.log("never");
