async function* ag() { yield 1; }
const it = ag();
console.log(it, ag, Object.getPrototypeOf(ag), Object.prototype.toString.call(it));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(it))));
console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it, Object.getOwnPropertyNames(ag));
const o = { async *m() {} };
console.log(o, o.m.name, Object.getPrototypeOf(o.m) === Object.getPrototypeOf(ag));
try { new ag(); } catch (e) { console.log(e.message); }
ag.prototype.next.call({}).catch(e => console.log(e.message));
