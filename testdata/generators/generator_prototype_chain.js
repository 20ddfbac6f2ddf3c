function* g() { yield 1; }
g.prototype.extra = function () { return 'extra'; };
const it = g(); console.log(it.extra(), it instanceof g, Object.getPrototypeOf(it) === g.prototype);
g.prototype = null;
const it2 = g(); console.log(Object.getPrototypeOf(it2) === Object.getPrototypeOf(function* () {}.prototype), it2.next());
const GenProto = Object.getPrototypeOf(function* () {}).prototype;
GenProto.double = function* () { for (const x of this) yield x * 2; };
function* h() { yield 1; yield 2; }
console.log([...h().double()]);
