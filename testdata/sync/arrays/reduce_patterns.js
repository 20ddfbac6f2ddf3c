const orders = [
  { customer: 'ann', item: 'book', amount: 12 }, { customer: 'bo', item: 'pen', amount: 2 },
  { customer: 'ann', item: 'pen', amount: 3 }, { customer: 'cy', item: 'lamp', amount: 40 },
  { customer: 'bo', item: 'book', amount: 15 },
];
const byCustomer = orders.reduce((acc, o) => {
  (acc[o.customer] ||= []).push(o.item);
  return acc;
}, {});
console.log(byCustomer);
const totals = orders.reduce((m, o) => m.set(o.customer, (m.get(o.customer) ?? 0) + o.amount), new Map());
console.log(totals, [...totals].sort((a, b) => b[1] - a[1])[0]);
const max = orders.reduce((best, o) => (o.amount > best.amount ? o : best));
console.log(max);
try {
  [].reduce((a, b) => a + b);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(orders.map(o => o.amount).reduce((a, b) => a + b) / orders.length);
