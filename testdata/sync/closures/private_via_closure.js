const Stack = (() => {
  const items = new WeakMap();
  return class Stack {
    constructor() { items.set(this, []); }
    push(x) { items.get(this).push(x); return this; }
    pop() { return items.get(this).pop(); }
    get size() { return items.get(this).length; }
  };
})();
const s = new Stack().push(1).push(2).push(3);
console.log(s.pop(), s.size, Object.keys(s), JSON.stringify(s));
function debounceLike() {
  let pending = [];
  return {
    add: x => pending.push(x),
    flush: () => { const out = pending; pending = []; return out; },
  };
}
const d = debounceLike();
d.add(1); d.add(2);
console.log(d.flush(), d.flush());
