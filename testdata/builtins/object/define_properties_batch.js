// defineProperties: all descriptors are read before any is applied.
const order = [];
const descs = {
  get b() { order.push('read b'); return { value: 'B', enumerable: true }; },
  get a() { order.push('read a'); return { value: 'A', enumerable: true }; },
};
const target = Object.defineProperties({}, descs);
console.log(target, order);
// One invalid descriptor means none are defined.
const partial = {};
try {
  Object.defineProperties(partial, { ok: { value: 1 }, bad: { get: 'not a function' } });
} catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.getOwnPropertyNames(partial));
// A failure while applying leaves the earlier ones in place.
const locked = Object.defineProperty({}, 'fixed', { value: 1 });
try {
  Object.defineProperties(locked, { first: { value: 'set', enumerable: true }, fixed: { value: 2 } });
} catch (e) { console.log(e.message); }
console.log(locked, Object.getOwnPropertyNames(locked));
// Symbol keys and non-enumerable descriptor entries.
const s = Symbol('s');
const src = { [s]: { value: 'sym', enumerable: true } };
Object.defineProperty(src, 'skipped', { value: { value: 'no' }, enumerable: false });
console.log(Object.defineProperties({}, src));
// Errors for non-objects.
try { Object.defineProperties(1, {}); } catch (e) { console.log(e.message); }
try { Object.defineProperties({}, null); } catch (e) { console.log(e.message); }
console.log(Object.defineProperties({}, 'abc' === 'x' ? {} : 5));
try { Object.defineProperties({}, 'ab'); } catch (e) { console.log(e.message); }
// A model class with computed, read-only and hidden fields.
function Model(data) {
  Object.defineProperties(this, {
    id: { value: data.id, enumerable: true },
    _raw: { value: data },
    label: { get() { return `#${this.id} ${data.title}`; }, enumerable: true },
  });
}
const m = new Model({ id: 7, title: 'seven' });
console.log(m, m.label, JSON.stringify(m), Object.keys(m));
m.id = 99;
console.log(m.id);
