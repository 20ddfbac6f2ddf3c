const o = {};
let reads = 0;
Object.defineProperty(o, 'counter', { get: () => ++reads, enumerable: true, configurable: true });
console.log(o.counter, o.counter, reads);
console.log(o);
Object.defineProperties(o, {
  double: { get() { return this.counter * 2; } },
  writeOnly: { set(v) { console.log('set to', v); } },
});
o.writeOnly = 5;
console.log(o.writeOnly, o.double);
const proto = { get inherited() { return 'from proto ' + this.tag; } };
const child = Object.create(proto);
child.tag = 'child';
console.log(child.inherited);
child.inherited = 'ignored';
console.log(child.inherited, Object.keys(child));
