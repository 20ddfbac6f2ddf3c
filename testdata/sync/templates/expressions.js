const items = [{ name: 'pen', price: 1.5, qty: 4 }, { name: 'book', price: 12, qty: 1 }];
for (const { name, price, qty } of items) {
  console.log(`${name.padEnd(6)}${String(qty).padStart(3)} x ${price.toFixed(2)} = ${(qty * price).toFixed(2)}`);
}
const total = items.reduce((s, i) => s + i.price * i.qty, 0);
console.log(`total: ${total.toFixed(2)} (${items.length} ${items.length === 1 ? 'item' : 'items'})`);
let counter = 0;
const t = `${counter++}-${counter++}-${counter++}`;
console.log(t, counter);
