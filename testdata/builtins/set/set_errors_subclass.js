// Set misuse errors, subclassing and the add hook used by the constructor.
try { Set([1]); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Set(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Set({ length: 2 }); } catch (e) { console.log(e.message); }
try { Set.prototype.has.call(new Map(), 1); } catch (e) { console.log(e.message); }
try { new Set().forEach(); } catch (e) { console.log(e.message); }
try { new Set().forEach('f'); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call([]); } catch (e) { console.log(e.message); }
try { new Set().values().next.call(new Map().values()); } catch (e) { console.log(e.message); }
class TaggedSet extends Set {
  constructor(items, tag) { super(items); this.tag = tag; }
  add(v) { return super.add(typeof v === 'string' ? v.trim() : v); }
  toJSON() { return [...this]; }
}
const t = new TaggedSet([' a', 'a ', 'b'], 'letters');
console.log(t, t.size, t.tag, JSON.stringify({ t }), t instanceof Set);
console.log(Object.prototype.toString.call(t), String(new Set()), `${new Set([1])}`);
// The constructor looks up add once, before iterating.
const origAdd = Set.prototype.add;
let calls = 0;
Set.prototype.add = function (v) { calls++; return origAdd.call(this, v * 2); };
const doubled = new Set([1, 2]);
Set.prototype.add = origAdd;
console.log(doubled, calls);
// A non-callable add makes construction with items fail, but not without.
Set.prototype.add = 42;
try { new Set([1]); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Set().size);
Set.prototype.add = origAdd;
console.log(Set.length, Set.name, new Set([1]).add.length, Set.prototype.has.name);
const iter = new Set([1, 2]).values();
console.log(iter[Symbol.toStringTag], iter[Symbol.iterator]() === iter, iter.next(), [...iter], iter.next());
