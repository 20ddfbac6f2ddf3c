// The suspended-start, executing and completed states.
function* g() {
  try { self.next(); } catch (e) { console.log(e instanceof TypeError, e.message); }
  try { self.return(); } catch (e) { console.log(e.message); }
  try { self.throw(1); } catch (e) { console.log(e.message); }
  yield 1;
  throw new Error('inside');
}
const self = g();
console.log(self.next());
try { self.next(); } catch (e) { console.log('threw', e.message); }
console.log(self.next(), self.return(3));
try { self.throw(new RangeError('after')); } catch (e) { console.log(e.name, e.message); }
try { g.prototype.next.call({}); } catch (e) { console.log(e.message); }
console.log(typeof g, typeof self, Object.prototype.toString.call(self), String(self));
console.log(Object.getPrototypeOf(self) === g.prototype, Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(function* () {}).prototype);
console.log(self[Symbol.iterator]() === self, g.prototype.hasOwnProperty('constructor'));
try { new g(); } catch (e) { console.log(e.message); }
console.log(g.name, g.length, (function* (a, b = 1) {}).length);
