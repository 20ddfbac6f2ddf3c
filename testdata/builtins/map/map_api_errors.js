// The Map constructor and methods with wrong inputs, and node's messages.
try { Map(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map([1, 2]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.set.call(new Set(), 1, 1); } catch (e) { console.log(e.message); }
try { new Map().forEach(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Map.prototype.size; } catch (e) { console.log(e.constructor.name, e.message); }
try { new Map().keys().next.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Map(null).size, new Map(undefined).size, new Map([]).size);
// Entries may be any object with 0 and 1; strings are not.
console.log(new Map([{ 0: 'a', 1: 'b', length: 0 }, new Array(1)]));
try { new Map(['ab']); } catch (e) { console.log(e.message); }
// The constructor calls the (possibly overridden) set.
class LoggingMap extends Map {
  set(k, v) { console.log('set', k, v); return super.set(k, v * 10); }
}
const lm = new LoggingMap([['x', 1], ['y', 2]]);
console.log(lm, lm instanceof Map, lm.get('y'), Object.prototype.toString.call(lm));
// A throwing entry closes the iterator.
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; return i < 3 ? { value: [i, i], done: false } : { value: 'bad', done: false }; },
      return() { console.log('iterator closed'); return {}; },
    };
  },
};
try { new Map(iterable); } catch (e) { console.log(e.message); }
console.log(Map.length, Map.name, Map.prototype.set.length, Map.prototype[Symbol.iterator] === Map.prototype.entries);
console.log(Object.prototype.toString.call(new Map().entries()), Map[Symbol.species] === Map);
