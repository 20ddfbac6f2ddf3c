// Getters and setters through Object.defineProperty: computed fields, validation, lazy values.
const temp = { _c: 25 };
Object.defineProperty(temp, 'f', {
  get() { return this._c * 9 / 5 + 32; },
  set(v) { this._c = (v - 32) * 5 / 9; },
  enumerable: true,
  configurable: true,
});
temp.f = 212;
console.log(temp.f, temp._c, temp, Object.keys(temp));
// Lazy property that replaces itself with data on first read.
const lazy = {};
let computed = 0;
Object.defineProperty(lazy, 'value', {
  get() {
    computed++;
    const v = [1, 2, 3].map(x => x * x);
    Object.defineProperty(this, 'value', { value: v, writable: false, enumerable: true });
    return v;
  },
  configurable: true,
  enumerable: true,
});
console.log(lazy.value, lazy.value, computed, Object.getOwnPropertyDescriptor(lazy, 'value').writable);
// A setter with validation.
const user = {};
let age;
Object.defineProperty(user, 'age', {
  get: () => age,
  set: v => { if (!Number.isInteger(v) || v < 0) throw new RangeError(`invalid age: ${v}`); age = v; },
});
user.age = 30;
for (const bad of [-1, 2.5, '7']) {
  try { user.age = bad; } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(user.age, user, JSON.stringify(user));
// Getter on a prototype shared by instances; this is the instance.
const proto = {};
Object.defineProperty(proto, 'summary', { get() { return `${this.title} (${this.pages}p)`; } });
const books = [{ title: 'A', pages: 10 }, { title: 'B', pages: 20 }].map(b => Object.assign(Object.create(proto), b));
console.log(books.map(b => b.summary), books[0]);
// Getter-only accessor ignores writes in sloppy mode; undefined getter reads undefined.
Object.defineProperty(temp, 'ro', { get: () => 'fixed' });
temp.ro = 'changed';
Object.defineProperty(temp, 'noget', { set: undefined, get: undefined, enumerable: true });
console.log(temp.ro, temp.noget, Object.getOwnPropertyDescriptor(temp, 'noget'));
console.log(temp);
