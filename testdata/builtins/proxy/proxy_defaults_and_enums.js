// Proxies that apps use: immutable enums, case-insensitive lookups, and change tracking.
function makeEnum(...names) {
  const values = Object.fromEntries(names.map((n, i) => [n, i]));
  return new Proxy(Object.freeze(values), {
    get(t, k) {
      if (typeof k === 'string' && k !== 'toJSON' && !(k in t)) throw new RangeError(`unknown enum member ${k}`);
      return t[k];
    },
    set() { throw new TypeError('enum is read-only'); },
  });
}
const Color = makeEnum('RED', 'GREEN', 'BLUE');
console.log(Color.GREEN, Object.keys(Color), JSON.stringify(Color), 'RED' in Color);
try { Color.PURPLE; } catch (e) { console.log(e.constructor.name, e.message); }
try { Color.RED = 5; } catch (e) { console.log(e.constructor.name, e.message); }
const headers = new Proxy({}, {
  get: (t, k) => (typeof k === 'string' ? t[k.toLowerCase()] : t[k]),
  set: (t, k, v) => { t[k.toLowerCase()] = String(v); return true; },
  has: (t, k) => k.toLowerCase() in t,
  deleteProperty: (t, k) => delete t[k.toLowerCase()],
});
headers['Content-Type'] = 'text/plain';
headers['X-Count'] = 3;
console.log(headers['content-type'], headers['CONTENT-TYPE'], 'x-COUNT' in headers, Object.entries(headers));
delete headers['X-COUNT'];
console.log(Object.keys(headers));
// Change tracking with nested proxies.
function track(obj, path = [], changes = []) {
  const proxy = new Proxy(obj, {
    get(t, k, r) {
      const v = Reflect.get(t, k, r);
      return v && typeof v === 'object' ? track(v, [...path, k], changes).proxy : v;
    },
    set(t, k, v, r) {
      changes.push(`${[...path, k].join('.')}: ${JSON.stringify(t[k])} -> ${JSON.stringify(v)}`);
      return Reflect.set(t, k, v, r);
    },
  });
  return { proxy, changes };
}
const { proxy: state, changes } = track({ user: { name: 'a', tags: ['x'] }, n: 1 });
state.n++;
state.user.name = 'b';
state.user.tags.push('y');
console.log(changes);
console.log(JSON.stringify(state));
