const KEY = Symbol('secret');
class Vault {
  constructor() { this[KEY] = 'gold'; this.label = 'vault'; }
  open() { return this[KEY]; }
}
const v = new Vault();
console.log(v.open(), Object.keys(v), Reflect.ownKeys(v), v);
const copy = { ...v };
console.log(copy[KEY], Object.assign({}, v)[KEY]);
for (const k in v) console.log('for-in', k);
