const csv = `region,product,units,price
North,Widget,12,2.50
South,Widget,7,2.50
North,Gadget,3,12.99
East,Widget,20,2.40
South,Gizmo,5,7.25
North,Gizmo,,7.25
East,"Gadget, Deluxe",2,19.99`;
function parseLine(line) {
  const out = [];
  let cur = '', q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === ',' && !q) { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
const [header, ...rows] = csv.split('\n').map(parseLine);
const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
const clean = records.map((r) => ({ ...r, units: Number(r.units) || 0, price: parseFloat(r.price) }));
console.log(clean.slice(0, 2), clean.length);
const totals = {};
for (const { region, units, price } of clean) totals[region] = (totals[region] ?? 0) + units * price;
const width = Math.max(...Object.keys(totals).map((k) => k.length));
for (const [region, total] of Object.entries(totals).sort((a, b) => b[1] - a[1])) {
  console.log(`${region.padEnd(width)} | ${total.toFixed(2).padStart(8)} | ${'#'.repeat(Math.round(total / 5))}`);
}
const grand = Object.values(totals).reduce((a, b) => a + b);
console.log('total', grand.toFixed(2), 'avg', (grand / clean.length).toFixed(3), 'max', Math.max(...clean.map((r) => r.units * r.price)));
console.log(clean.map((r) => r.product).filter((p, i, a) => a.indexOf(p) === i));
console.log(Number('12px'), parseInt('12px'), Number(''), Number(' 42 '), parseFloat('3.14abc'), (1234.5678).toFixed(1), (0.000001234).toPrecision(2), (255).toString(2), (1e21).toLocaleString === undefined);
