// Async generator methods on classes and object literals: super calls,
// this, arguments, static and computed names, Symbol.asyncIterator as a
// generator method, and inheritance of an async iterable class.
class Base {
  constructor(items) {
    this.items = items;
  }
  async *[Symbol.asyncIterator]() {
    for (const x of this.items) yield await x;
  }
  async *describe(prefix) {
    yield `${prefix} base with ${arguments.length} argument(s)`;
  }
  static async *count(n) {
    for (let i = 0; i < n; i++) yield i;
  }
}
class Doubled extends Base {
  async *[Symbol.asyncIterator]() {
    for await (const x of super[Symbol.asyncIterator]()) yield x * 2;
  }
  async *describe(prefix) {
    yield* super.describe(prefix, 'extra');
    yield `${prefix} doubled`;
  }
}
const key = 'dyn' + 'amic';
const obj = {
  base: 100,
  async *[key](n) {
    for (let i = 0; i < n; i++) yield this.base + i;
  },
  __proto__: { async *inherited() { yield 'from proto'; } },
  async *viaSuper() {
    yield* super.inherited();
  },
};
(async () => {
  const out = [];
  for await (const x of new Doubled([1, Promise.resolve(2), 3])) out.push(x);
  console.log(out);
  for await (const s of new Doubled([]).describe('>')) console.log(s);
  for await (const i of Doubled.count(3)) console.log('count', i);
  for await (const v of obj.dynamic(2)) console.log(v);
  for await (const v of obj.viaSuper()) console.log(v);
  console.log(Object.getPrototypeOf(Doubled.prototype.describe) === Object.getPrototypeOf(async function* () {}));
  console.log(typeof Doubled.prototype[Symbol.asyncIterator], Doubled.count.name, obj[key].name);
})();
