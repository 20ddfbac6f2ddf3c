// Caches on Map's insertion order: LRU eviction and expiry by a fake clock.
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
    while (this.map.size > this.limit) {
      const oldest = this.map.keys().next().value;
      console.log('evict', oldest);
      this.map.delete(oldest);
    }
    return this;
  }
}
const lru = new LRU(3);
lru.set('a', 1).set('b', 2).set('c', 3);
lru.get('a');
lru.set('d', 4).set('e', 5);
console.log([...lru.map.keys()], lru.get('b'), lru.get('a'));
let now = 1000;
class TTLCache extends Map {
  constructor(ttl) { super(); this.ttl = ttl; }
  set(k, v) { return super.set(k, { v, at: now }); }
  get(k) {
    const e = super.get(k);
    if (!e) return undefined;
    if (now - e.at > this.ttl) { this.delete(k); return undefined; }
    return e.v;
  }
}
const ttl = new TTLCache(50);
ttl.set('x', 'fresh');
now += 30;
ttl.set('y', 'newer');
console.log(ttl.get('x'), ttl.size);
now += 30;
console.log(ttl.get('x'), ttl.get('y'), ttl.size, [...ttl.keys()]);
console.log(ttl);
