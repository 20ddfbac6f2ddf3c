// Array methods borrowed for arguments, strings and hand-made array-likes.
function f() {
  console.log(arguments.length, Array.isArray(arguments), Array.prototype.slice.call(arguments, 1));
  console.log(Array.from(arguments).map(x => x * 2), [...arguments].reverse(), Array.prototype.join.call(arguments, '+'));
  return Array.prototype.reduce.call(arguments, (a, b) => a + b, 0);
}
console.log(f(1, 2, 3, 4));
const str = 'hello';
console.log(Array.prototype.map.call(str, c => c.toUpperCase()), Array.prototype.filter.call(str, c => c !== 'l'));
console.log(Array.prototype.every.call('aaa', c => c === 'a'), Array.prototype.indexOf.call('abc', 'c'), [].slice.call('xyz', 1));
const nodeList = { length: 3, 0: { id: 'a' }, 1: { id: 'b' }, 2: { id: 'c' }, item(i) { return this[i]; } };
console.log(Array.prototype.map.call(nodeList, n => n.id), Array.from(nodeList, n => n.id.toUpperCase()));
const sparse = { length: 5, 1: 'one', 3: 'three' };
console.log(Array.prototype.filter.call(sparse, () => true), Array.from(sparse), Array.prototype.join.call(sparse, '|'));
const obj = { length: 0 };
Array.prototype.push.call(obj, 'a', 'b');
console.log(obj, Array.prototype.pop.call(obj), obj);
const weirdLength = { length: '3', 0: 'x', 1: 'y', 2: 'z', 3: 'ignored' };
console.log(Array.prototype.slice.call(weirdLength), Array.prototype.slice.call({ length: 2.9, 0: 1, 1: 2, 2: 3 }));
console.log(Array.prototype.includes.call({ length: 1, 0: NaN }, NaN), Array.prototype.lastIndexOf.call({ length: 3, 2: 'v' }, 'v'));
const sorted = Array.prototype.sort.call({ length: 4, 0: 'd', 1: 'a', 3: 'c' });
console.log(sorted, Object.keys(sorted));
console.log(Array.prototype.reverse.call({ length: 3, 0: 'a', 2: 'c' }));
const typed = new Uint8Array([3, 1, 2]);
console.log(Array.prototype.map.call(typed, x => x * 2), Array.from(typed).sort(), Array.prototype.join.call(typed, '-'));
console.log(Array.prototype.concat.call({ a: 1 }, [2]), Array.prototype.flat.call({ length: 2, 0: [1], 1: [[2]] }));
