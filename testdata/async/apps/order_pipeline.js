const sleep = ms => new Promise(r => setTimeout(r, ms));
const inventory = { apple: 5, pear: 0, fig: 2 };
class OrderError extends Error { constructor(id, msg) { super(`order ${id}: ${msg}`); this.name = 'OrderError'; } }
async function checkStock(order) {
  await sleep(1);
  if ((inventory[order.item] ?? 0) < order.qty) throw new OrderError(order.id, `insufficient ${order.item}`);
  inventory[order.item] -= order.qty;
}
async function charge(order) {
  await sleep(2);
  if (order.card === 'declined') throw new OrderError(order.id, 'card declined');
  return { ...order, charged: order.qty * 3 };
}
async function processOrder(order) {
  await checkStock(order);
  try {
    return await charge(order);
  } catch (e) {
    inventory[order.item] += order.qty;
    throw e;
  }
}
async function main() {
  const orders = [
    { id: 1, item: 'apple', qty: 2, card: 'ok' },
    { id: 2, item: 'pear', qty: 1, card: 'ok' },
    { id: 3, item: 'fig', qty: 2, card: 'declined' },
    { id: 4, item: 'apple', qty: 3, card: 'ok' },
  ];
  for (const o of orders) {
    try {
      const done = await processOrder(o);
      console.log('processed', done.id, 'charged', done.charged);
    } catch (e) {
      console.log(e.name, e.message);
    }
  }
  console.log('inventory', inventory);
}
main();
