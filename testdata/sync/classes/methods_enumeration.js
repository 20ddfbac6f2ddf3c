class Base {
  constructor() { this.own = 1; }
  method() {}
  static sm() {}
}
const b = new Base();
const keys = [];
for (const k in b) keys.push(k);
console.log(keys, Object.keys(Base), Object.getOwnPropertyNames(Base).sort());
console.log(Object.getOwnPropertyDescriptor(Base.prototype, 'method').enumerable);
const plain = { method() {} };
console.log(Object.keys(plain));
class WithSymbol {
  [Symbol.iterator]() { return [1, 2][Symbol.iterator](); }
  get [Symbol.toStringTag]() { return 'Tagged'; }
}
console.log([...new WithSymbol()], String(new WithSymbol()));
