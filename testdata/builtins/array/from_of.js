// Array.from with iterables, array-likes, map functions and subclasses; Array.of.
console.log(Array.from('héllo😀'));
console.log(Array.from(new Set([3, 1, 3, 2])));
console.log(Array.from(new Map([['a', 1], ['b', 2]])));
console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from({ length: 2, 0: 'x', 1: 'y', 2: 'ignored' }));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
function* gen() { yield 'a'; yield 'b'; }
console.log(Array.from(gen(), (v, i) => v + i));
console.log(Array.from({ length: '2' }), Array.from({ length: -1 }), Array.from({ length: 2.7 }));
console.log(Array.from(123), Array.from(true));
try { Array.from(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Array.from([1], 'nope'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined));
console.log(Array(3).length, Array(3, 4), new Array('3'));
try { new Array(-1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Array(1.5); } catch (e) { console.log(e.constructor.name, e.message); }
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = Stack.from([1, 2, 3]);
console.log(s instanceof Stack, s.peek(), s.length, Stack.of(9, 8).peek());
console.log(Array.from.call(Object, [1, 2]));
const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => ({ value: n, done: n++ >= 3 }), return() { console.log('closed'); return {}; } };
  },
};
console.log(Array.from(iterable));
try {
  Array.from(iterable, x => { if (x === 1) throw new Error('boom'); return x; });
} catch (e) { console.log('caught', e.message); }
console.log(Array.isArray([]), Array.isArray(Array.prototype), Array.isArray({ length: 0 }), Array.isArray(new Proxy([], {})));
