class LRU {
  constructor(limit) { this.limit = limit; this.map = new Map(); }
  get(k) {
    if (!this.map.has(k)) return undefined;
    const v = this.map.get(k);
    this.map.delete(k);
    this.map.set(k, v);
    return v;
  }
  set(k, v) {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value);
    return this;
  }
}
const lru = new LRU(3);
lru.set('a', 1).set('b', 2).set('c', 3);
lru.get('a');
lru.set('d', 4);
console.log([...lru.map.keys()], lru.get('b'), lru.get('c'));
lru.set('e', 5).set('f', 6);
console.log(lru.map);
