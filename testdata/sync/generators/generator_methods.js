class Tree {
  constructor(...kids) { this.kids = kids; }
  *[Symbol.iterator]() {
    for (const k of this.kids) {
      if (k instanceof Tree) yield* k;
      else yield k;
    }
  }
}
console.log([...new Tree(1, new Tree(2, new Tree(3)), 4)]);
const obj = {
  *pairs() { for (const k of Object.keys(this)) yield [k, this[k]]; },
  a: 1,
  b: 2,
};
console.log([...obj.pairs()]);
const genExpr = function* () { yield this === undefined ? 'no this' : 'has this'; };
console.log(genExpr().next().value);
const GenFn = Object.getPrototypeOf(function* () {}).constructor;
console.log(GenFn.name, typeof genExpr.prototype, genExpr().constructor === undefined);
