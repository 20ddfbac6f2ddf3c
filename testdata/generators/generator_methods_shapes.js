function* g() {}
const proto = Object.getPrototypeOf(g);
console.log(typeof g, g.constructor.name, Object.getPrototypeOf(g()) === g.prototype);
console.log(Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(function* () {}.prototype));
console.log(typeof proto.prototype.next, typeof proto.prototype.return, typeof proto.prototype.throw);
try { new g(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(g.prototype.hasOwnProperty("constructor"), Object.keys(g()), JSON.stringify(g()));
try { g.prototype.next.call({}); } catch (e) { console.log(e.constructor.name); }
