// toLocaleString and Intl.NumberFormat in en-US: grouping, fraction digits, percent, currency.
const xs = [0, -0, 1, 1234, 1234.5678, -9876543.21, 0.0001234, 1e21, 123456789012, NaN, Infinity, -Infinity, 0.5, 2.5, 1.005];
for (const x of xs) {
  console.log(String(x), x.toLocaleString(), x.toLocaleString('en-US', { minimumFractionDigits: 2 }), x.toLocaleString('en-US', { maximumFractionDigits: 0 }));
}
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const eur = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
console.log([0, 9.999, 1234.5, -42.126].map(usd.format), eur.format(1e6), pct.format(0.12345), pct.format(1), pct.format(-0.005));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'JPY' }), (5).toLocaleString('en-US', { style: 'currency', currency: 'GBP' }));
console.log((1234567.891).toLocaleString('en-US', { useGrouping: false }), (0.1 + 0.2).toLocaleString(), (1 / 3).toLocaleString('en-US', { maximumFractionDigits: 5 }));
console.log(new Intl.NumberFormat().format(12345.678), new Intl.NumberFormat('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(2));
console.log(usd.resolvedOptions().currency, usd.resolvedOptions().minimumFractionDigits, typeof Intl.NumberFormat, Object.prototype.toString.call(usd));
for (const bad of [{ style: 'bogus' }, { style: 'currency' }, { maximumFractionDigits: 101 }, { minimumFractionDigits: 5, maximumFractionDigits: 2 }]) {
  try { new Intl.NumberFormat('en-US', bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const totals = [19.99, 5.01, 100];
console.log('Total: ' + usd.format(totals.reduce((a, b) => a + b, 0)), totals.map(t => t.toLocaleString('en-US', { minimumFractionDigits: 2 })).join(' | '));
console.log((12).toLocaleString('en-US', { minimumIntegerDigits: 3 }), (1e6).toLocaleString('en-US', { notation: 'compact' }), (-1).toLocaleString('en-US', { signDisplay: 'always' }));
