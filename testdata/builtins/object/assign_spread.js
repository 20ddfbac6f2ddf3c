// Object.assign versus spread: setters, getters, symbols, sources to skip.
const target = {
  set name(v) { console.log('setter called with', v); this._name = v; },
};
Object.assign(target, { name: 'assigned' });
const spread = { ...{ name: 'spread' } };
console.log(target._name, spread);
const sym = Symbol('id');
const src = { a: 1, [sym]: 2 };
Object.defineProperty(src, 'hidden', { value: 3, enumerable: false });
console.log(Object.assign({}, src), { ...src });
// null/undefined sources are skipped, strings spread their characters.
console.log(Object.assign({}, null, undefined, 'ab', 1, true, [9]));
console.log({ ...'hi', ...null, ...[5, 6] });
try { Object.assign(null, {}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof Object.assign(1, { x: 1 }), Object.assign(1, { x: 1 }).x);
// Getters are read, and the result holds values, not accessors.
let n = 0;
const counter = { get next() { return ++n; } };
const copy = Object.assign({}, counter, counter);
console.log(copy, n, Object.getOwnPropertyDescriptor(copy, 'next'));
// Assigning onto a frozen target throws in the middle.
const frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { b: 1 }); } catch (e) { console.log(e.constructor.name, e.message); }
const partial = Object.defineProperty({}, 'ro', { value: 1, enumerable: true });
try { Object.assign(partial, { before: 1 }, { ro: 2 }, { after: 1 }); } catch (e) { console.log(e.message); }
console.log(partial);
// Deep merge helper built on both.
function merge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge(a[k] || {}, v) : v;
  }
  return out;
}
console.log(merge({ db: { host: 'x', port: 1 }, tags: [1] }, { db: { port: 2 }, tags: [2], debug: true }));
