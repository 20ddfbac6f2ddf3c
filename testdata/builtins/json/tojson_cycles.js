// toJSON hooks and the TypeError for cycles, with node's message.
class Money {
  constructor(cents) { this.cents = cents; }
  toJSON(key) { return { amount: (this.cents / 100).toFixed(2), key }; }
}
console.log(JSON.stringify({ price: new Money(1999), list: [new Money(5)] }));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify([{ toJSON() { return undefined; } }]));
console.log(JSON.stringify({ a: { toJSON: 'not callable', v: 1 } }));
console.log(JSON.stringify({ d: { toJSON() { return new Date(0); } } }));
const inherited = Object.create({ toJSON() { return 'from proto'; } });
console.log(JSON.stringify([inherited]));
const a = { name: 'a' };
a.self = a;
try { JSON.stringify(a); } catch (e) { console.log(e.constructor.name); console.log(e.message); }
const b = { list: [] };
b.list.push({ parent: b });
try { JSON.stringify(b); } catch (e) { console.log(e.message); }
const arr = [1];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.message); }
class Node { constructor() { this.children = []; } }
const root = new Node();
const child = new Node();
root.children.push(child);
child.parent = root;
try { JSON.stringify(root); } catch (e) { console.log(e.message); }
const shared = { x: 1 };
console.log(JSON.stringify({ one: shared, two: shared, list: [shared, shared] }));
const deep = { l1: { l2: { l3: {} } } };
deep.l1.l2.l3.back = deep.l1;
try { JSON.stringify(deep); } catch (e) { console.log(e.message); }
const seen = new WeakSet();
console.log(JSON.stringify(a, (k, v) => {
  if (typeof v === 'object' && v !== null) {
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
  }
  return v;
}));
const nullProto = Object.create(null);
nullProto.me = nullProto;
try { JSON.stringify(nullProto); } catch (e) { console.log(e.message); }
