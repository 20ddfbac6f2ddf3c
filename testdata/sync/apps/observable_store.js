function createStore(reducer, initial) {
  let state = initial;
  const listeners = new Set();
  return {
    getState: () => state,
    dispatch(action) {
      if (typeof action !== 'object' || action === null || !('type' in action)) throw new TypeError('actions must be objects with a type');
      const prev = state;
      state = reducer(state, action);
      if (prev !== state) listeners.forEach((l) => l(state, prev));
      return action;
    },
    subscribe(fn) { listeners.add(fn); return () => listeners.delete(fn); },
  };
}
const reducer = (s, a) => {
  switch (a.type) {
    case 'add': return { ...s, items: [...s.items, a.item], total: s.total + a.item.price };
    case 'remove': {
      const idx = s.items.findIndex((i) => i.id === a.id);
      if (idx === -1) return s;
      const items = s.items.toSpliced ? s.items.filter((_, i) => i !== idx) : s.items;
      return { ...s, items, total: +(s.total - s.items[idx].price).toFixed(2) };
    }
    default: return s;
  }
};
const store = createStore(reducer, { items: [], total: 0 });
const log = [];
const unsub = store.subscribe((s, p) => log.push(`${p.items.length}->${s.items.length} $${s.total}`));
store.dispatch({ type: 'add', item: { id: 1, name: 'pen', price: 1.2 } });
store.dispatch({ type: 'add', item: { id: 2, name: 'book', price: 12.5 } });
store.dispatch({ type: 'noop' });
store.dispatch({ type: 'remove', id: 1 });
unsub();
store.dispatch({ type: 'remove', id: 2 });
try { store.dispatch('add'); } catch (e) { console.log(e.message); }
console.log(log, store.getState());
const watched = [];
const target = { a: 1, nested: { b: 2 } };
const proxy = new Proxy(target, {
  get(t, k, r) { watched.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { watched.push(`set ${String(k)}=${v}`); return Reflect.set(t, k, v, r); },
  deleteProperty(t, k) { watched.push(`delete ${String(k)}`); return delete t[k]; },
  has(t, k) { watched.push(`has ${String(k)}`); return k in t; },
});
proxy.a += 10;
proxy.c = 'new';
delete proxy.a;
console.log('c' in proxy, proxy.nested.b, watched, target);
