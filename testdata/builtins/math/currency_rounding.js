// Money and percentages: rounding strategies and the float artefacts they fix.
const prices = [19.99, 5.005, 1.015, 0.1 + 0.2, 2.675, 1234.5678, -3.335, 10];
const round2 = x => Math.round(x * 100) / 100;
const roundEps = x => Math.round((x + Number.EPSILON) * 100) / 100;
const bankers = x => { const n = x * 100, f = Math.floor(n), d = n - f; return (d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f) / 100; };
for (const p of prices) console.log(p, round2(p), roundEps(p), bankers(p), p.toFixed(2), Math.trunc(p * 100) / 100);
const cents = [1999, 500, 101, 33];
const totalCents = cents.reduce((a, b) => a + b, 0);
console.log(totalCents, (totalCents / 100).toFixed(2), Math.floor(totalCents / 3), totalCents % 3);
const split = (amount, n) => { const base = Math.floor(amount / n); const rem = amount - base * n; return Array.from({ length: n }, (_, i) => base + (i < rem ? 1 : 0)); };
console.log(split(1000, 3), split(1001, 4), split(5, 7));
const pct = (part, whole) => Math.round((part / whole) * 1000) / 10;
console.log(pct(1, 3), pct(2, 3), pct(50, 200), pct(7, 9), pct(0, 5));
const vat = net => ({ net, vat: round2(net * 0.2), gross: round2(net * 1.2) });
console.log([9.99, 0.05, 100, 33.33].map(vat));
console.log(Math.ceil(10.01 / 5) * 5, Math.floor(-0.5 * 100), Math.round(-0.5), Math.round(0.5), Math.round(1.5), Math.round(-1.5));
