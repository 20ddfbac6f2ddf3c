// A validating proxy: set/get/has/deleteProperty traps as apps write them.
function validated(target, schema) {
  return new Proxy(target, {
    set(t, key, value, receiver) {
      const type = schema[key];
      if (!type) throw new TypeError(`unknown field ${String(key)}`);
      if (typeof value !== type) throw new TypeError(`${key} must be ${type}, got ${typeof value}`);
      return Reflect.set(t, key, value, receiver);
    },
    get(t, key, receiver) {
      if (typeof key === 'string' && !(key in t) && !(key in schema)) return `<no ${key}>`;
      return Reflect.get(t, key, receiver);
    },
    has(t, key) { return key in schema; },
    deleteProperty(t, key) {
      if (key === 'id') return false;
      return Reflect.deleteProperty(t, key);
    },
  });
}
const user = validated({ id: 1 }, { id: 'number', name: 'string', age: 'number' });
user.name = 'Ann';
user.age = 30;
console.log(user.name, user.age, user.missing, 'age' in user, 'zzz' in user, 'toString' in user);
for (const bad of [['age', 'old'], ['nick', 'x']]) {
  try { user[bad[0]] = bad[1]; } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(delete user.age, delete user.id, user.age, user.id);
(function () {
  'use strict';
  try { delete user.id; } catch (e) { console.log(e.constructor.name, e.message); }
})();
console.log(JSON.stringify(user), Object.keys(user));
// A set trap returning false throws only in strict code.
const readOnly = new Proxy({ v: 1 }, { set() { return false; } });
readOnly.v = 2;
console.log(readOnly.v);
(function () {
  'use strict';
  try { readOnly.v = 3; } catch (e) { console.log(e.constructor.name, e.message); }
})();
console.log(user);
