class Collection {
  constructor(...items) { this.items = items; }
  *[Symbol.iterator]() { yield* this.items; }
  get [Symbol.toStringTag]() { return 'Collection'; }
  [Symbol.toPrimitive](hint) { return hint === 'number' ? this.items.length : this.items.join('+'); }
}
const c = new Collection(1, 2, 3);
console.log([...c], Object.prototype.toString.call(c), +c, `${c}`, c + '');
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([0].concat(spreadable));
const arr = [1, 2];
arr[Symbol.isConcatSpreadable] = false;
console.log([0].concat(arr).length);
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
