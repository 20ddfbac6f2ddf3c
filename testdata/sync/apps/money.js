const toCents = (s) => { const m = /^(-)?\$?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/.exec(s.trim()); if (!m) throw new SyntaxError(`not money: "${s}"`); const c = Number(m[2].replaceAll(',', '')) * 100 + Number((m[3] || '0').padEnd(2, '0')); return m[1] ? -c : c; };
const fmt = (c) => (c < 0 ? '-' : '') + '$' + String(Math.floor(Math.abs(c) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + String(Math.abs(c) % 100).padStart(2, '0');
for (const s of ['$1,234.5', '12', '-$0.99', '1,000,000.01', '$12.345', 'abc']) {
  try { const c = toCents(s); console.log(s.padEnd(14), c, fmt(c)); } catch (e) { console.log(s.padEnd(14), e.message); }
}
const split = (total, n) => { const base = Math.floor(total / n); const rem = total - base * n; return Array.from({ length: n }, (_, i) => base + (i < rem ? 1 : 0)); };
console.log(split(1000, 3).map(fmt), split(1, 4));
const invoice = { items: [{ d: 'Consulting', h: 12.5, r: 15000 }, { d: 'Hosting', h: 1, r: 2999 }], taxRate: 0.0825 };
const sub = invoice.items.reduce((s, i) => s + Math.round(i.h * i.r), 0);
const tax = Math.round(sub * invoice.taxRate);
console.log(invoice.items.map((i) => `${i.d.padEnd(12)}${fmt(Math.round(i.h * i.r)).padStart(12)}`).join('\n'));
console.log(`${'Subtotal'.padEnd(12)}${fmt(sub).padStart(12)}\n${'Tax'.padEnd(12)}${fmt(tax).padStart(12)}\n${'Total'.padEnd(12)}${fmt(sub + tax).padStart(12)}`);
console.log((1234567.891).toLocaleString('en-US'), (0.256).toLocaleString('en-US', { style: 'percent' }), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1234.5));
