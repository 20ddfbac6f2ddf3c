const prices = [19.99, 5.01, 0.1, 0.2, 100];
const total = prices.reduce((a, b) => a + b, 0);
console.log(total, total.toFixed(2), Math.round(total * 100) / 100);
const cents = prices.map(p => Math.round(p * 100));
console.log(cents, cents.reduce((a, b) => a + b) / 100);
console.log((1.45).toFixed(1), (1.55).toFixed(1), (8.345).toFixed(2), (-1.5).toFixed(0), (0.5).toFixed(0));
console.log(Number((0.1 * 3).toPrecision(12)), +(2.675).toFixed(2));
