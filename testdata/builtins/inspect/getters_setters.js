// Accessors print as [Getter], [Setter] or [Getter/Setter] without being called.
let calls = 0;
const o = {
  get g() { calls++; return 1; },
  set s(v) {},
  get gs() { calls++; return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(o, calls);
class Temp {
  #c = 20;
  get celsius() { return this.#c; }
  set celsius(v) { this.#c = v; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
}
console.log(new Temp());
const t = new Temp();
Object.defineProperty(t, 'own', { get() { return 'x'; }, enumerable: true });
console.log(t);
const defined = {};
Object.defineProperty(defined, 'onlySet', { set(v) {}, enumerable: true });
Object.defineProperty(defined, 'neither', { get: undefined, set: undefined, enumerable: true });
console.log(defined);
console.log([{ get x() { return 1; } }]);
console.log({ nested: { get deep() { return 1; }, set deep(v) {} } });
console.log(Object.getOwnPropertyDescriptor(o, 'g'));
console.log(Object.getOwnPropertyDescriptor(o, 'plain'));
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
