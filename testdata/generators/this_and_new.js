'use strict';
// this in generators, methods and arrows inside them; generators are not constructors.
function* g() { yield this; const arrow = () => this; yield arrow(); }
console.log([...g()], [...g.call('str')].map(v => typeof v), [...g.call(7)]);
const obj = { name: 'obj', *items() { yield this.name; yield* [1, 2].map(n => `${this.name}${n}`); } };
console.log([...obj.items()]);
class Tree { constructor(v, kids = []) { this.v = v; this.kids = kids; } *walk(depth = 0) { yield `${' '.repeat(depth)}${this.v}`; for (const k of this.kids) yield* k.walk(depth + 1); } }
console.log([...new Tree('root', [new Tree('a', [new Tree('a1')]), new Tree('b')]).walk()].join('\n'));
try { new (function* () {})(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new obj.items(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(g).constructor.name);
class Sub { static *gen() { yield new.target; } }
console.log(Sub.gen().next());
