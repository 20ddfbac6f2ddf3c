class Product {
  static #nextId = 1;
  constructor(name, price, qty = 0) {
    this.id = Product.#nextId++;
    Object.assign(this, { name, price, qty });
  }
  get value() { return +(this.price * this.qty).toFixed(2); }
}
class Inventory {
  #items = new Map();
  add(...products) { for (const p of products) this.#items.set(p.id, p); return this; }
  restock(id, n) {
    const p = this.#items.get(id);
    if (!p) throw new Error(`no product ${id}`);
    p.qty += n;
  }
  get total() { return [...this.#items.values()].reduce((s, p) => s + p.value, 0); }
  lowStock(limit = 5) { return [...this.#items.values()].filter(p => p.qty < limit).map(p => p.name); }
  report() {
    return [...this.#items.values()]
      .sort((a, b) => b.value - a.value)
      .map(({ id, name, qty, value }) => `#${id} ${name.padEnd(8)} x${String(qty).padStart(3)} = ${value.toFixed(2)}`)
      .join('\n');
  }
}
const inv = new Inventory().add(new Product('widget', 2.5, 10), new Product('gadget', 12.99, 3), new Product('doohick', 0.35, 200));
inv.restock(2, 4);
try { inv.restock(9, 1); } catch (e) { console.log(e.message); }
console.log(inv.report());
console.log('total', inv.total.toFixed(2), 'low', inv.lowStock(10));
