class Item {
  constructor(sku, name, price, qty = 0) {
    Object.assign(this, { sku, name, price, qty });
  }
  get total() { return +(this.price * this.qty).toFixed(2); }
  toString() { return `${this.name} (${this.sku}) x${this.qty} @ $${this.price.toFixed(2)}`; }
}
class Inventory {
  #items = new Map();
  add(item) {
    if (this.#items.has(item.sku)) throw new Error(`duplicate sku ${item.sku}`);
    this.#items.set(item.sku, item);
    return this;
  }
  restock(sku, n) {
    const it = this.#items.get(sku);
    if (!it) throw new RangeError(`unknown sku: ${sku}`);
    it.qty += n;
  }
  sell(sku, n) {
    const it = this.#items.get(sku);
    if (it.qty < n) return false;
    it.qty -= n;
    return true;
  }
  get value() { return [...this.#items.values()].reduce((s, i) => s + i.total, 0); }
  lowStock(limit = 5) { return [...this.#items.values()].filter(i => i.qty < limit).map(i => i.sku); }
  report() {
    return [...this.#items.values()]
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
      .map(String);
  }
}
const inv = new Inventory();
inv.add(new Item('A1', 'Widget', 2.5, 10)).add(new Item('B2', 'Gadget', 12.99, 3)).add(new Item('C3', 'Doohickey', 0.1, 100));
try { inv.add(new Item('A1', 'Again', 1)); } catch (e) { console.log(e.message); }
try { inv.restock('ZZ', 1); } catch (e) { console.log(e.name, e.message); }
console.log(inv.sell('B2', 5), inv.sell('B2', 2));
inv.restock('B2', 7);
console.log(inv.value.toFixed(2));
console.log(inv.lowStock(), inv.lowStock(20));
console.log(inv.report());
console.log(inv);
console.log(JSON.stringify([...inv.report().entries()]));
