// WeakSet for tagging visited objects, WeakRef and FinalizationRegistry as far as observable.
const visited = new WeakSet();
function walk(node, depth = 0) {
  if (visited.has(node)) return console.log(' '.repeat(depth) + '(cycle)');
  visited.add(node);
  console.log(' '.repeat(depth) + node.name);
  for (const child of node.children) walk(child, depth + 1);
}
const root = { name: 'root', children: [] };
const child = { name: 'child', children: [root] };
root.children.push(child, { name: 'leaf', children: [] });
walk(root);
for (const v of [1, 'x', null, Symbol.for('g')]) {
  try { visited.add(v); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(visited.add(Symbol('ok')) === visited, visited.has(1), visited.delete({}), visited);
try { new WeakSet([1]); } catch (e) { console.log(e.message); }
console.log(new WeakSet([root, child]).has(child));
// WeakRef.deref returns the target while it is reachable.
const target = { big: 'data' };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().big, ref, Object.prototype.toString.call(ref));
try { new WeakRef(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakRef({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new WeakRef(Symbol('s')).deref().toString());
// FinalizationRegistry: registering and unregistering (no callback can be observed here).
const registry = new FinalizationRegistry(held => console.log('finalized', held));
const token = {};
console.log(registry.register(target, 'held value', token), registry.unregister(token), registry.unregister({}));
try { registry.register(target, target); } catch (e) { console.log(e.constructor.name, e.message); }
try { registry.register(1, 'x'); } catch (e) { console.log(e.message); }
try { registry.unregister(1); } catch (e) { console.log(e.message); }
try { new FinalizationRegistry(); } catch (e) { console.log(e.message); }
console.log(registry, Object.prototype.toString.call(registry));
