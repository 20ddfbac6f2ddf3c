// Object.defineProperty of an index an array does not have yet: attributes
// left out of the descriptor are false, as for any new property.
const show = (a, i) => JSON.stringify(Object.getOwnPropertyDescriptor(a, i));

const a = [];
Object.defineProperty(a, "0", { value: 1001, writable: true, configurable: true });
console.log(show(a, 0), a.length, Object.keys(a), JSON.stringify(a));

const b = [];
Object.defineProperty(b, "1", { value: +0 });
console.log(show(b, 1), b.length);
try {
  Object.defineProperty(b, "1", { value: -0 });
  console.log("redefined");
} catch (e) {
  console.log(e.constructor.name, e.message);
}
b[1] = 5;
console.log(b[1], b);

const c = [1, , 3];
console.log(Reflect.defineProperty(c, 1, { value: "hole", enumerable: true }), show(c, 1), Object.keys(c));
console.log(Reflect.defineProperty(c, 1, { value: "again" }), c[1]);

const d = [1, 2];
Object.defineProperty(d, 2, { get() { return "got"; }, enumerable: true });
d.push(4);
console.log(d.length, d[2], d.join("-"), d);

const e = ["x"];
Object.defineProperty(e, 0, { enumerable: false });
for (const k in e) console.log("key", k);
console.log(e.map((v) => v + "!"), e);
