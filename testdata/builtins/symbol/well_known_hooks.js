// Well-known symbols as hooks: toPrimitive, toStringTag, hasInstance, iterator, species, isConcatSpreadable, unscopables.
const money = {
  amount: 42,
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : hint === 'string' ? `$${this.amount}` : 'default:' + this.amount; },
};
console.log(+money, `${money}`, money + '', money * 2, money == 'default:42');
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()), new Tagged());
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
class Range {
  constructor(lo, hi) { this.lo = lo; this.hi = hi; }
  *[Symbol.iterator]() { for (let i = this.lo; i <= this.hi; i++) yield i; }
}
console.log([...new Range(1, 4)], Math.max(...new Range(3, 7)), Array.from(new Range(0, 2), x => x * 10));
const [first, ...rest] = new Range(5, 8);
console.log(first, rest);
class MyArray extends Array { static get [Symbol.species]() { return Array; } }
const mine = MyArray.from([1, 2, 3]);
console.log(mine instanceof MyArray, mine.map(x => x) instanceof MyArray, mine.filter(Boolean).constructor.name);
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
const notSpread = [3, 4];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([1].concat(spreadable, notSpread).length, [1].concat(spreadable));
console.log(Object.keys(Array.prototype[Symbol.unscopables]).sort().slice(0, 5), Object.getPrototypeOf(Array.prototype[Symbol.unscopables]));
// toPrimitive must return a primitive.
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { `${bad}`; } catch (e) { console.log(e.constructor.name, e.message); }
const notFn = { [Symbol.toPrimitive]: 1 };
try { +notFn; } catch (e) { console.log(e.constructor.name, e.message); }
// Date's toPrimitive with a default hint prefers string.
const d = new Date(0);
console.log(typeof (d + 1), typeof (d - 1), d[Symbol.toPrimitive]('number'));
console.log(['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'].map(n => typeof Symbol[n] === 'symbol' && Symbol[n].description === 'Symbol.' + n).every(Boolean));
console.log(Object.getOwnPropertyDescriptor(Symbol, 'iterator'));
