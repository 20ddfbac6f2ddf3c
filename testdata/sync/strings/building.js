function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => String(r[i]).length)));
  return rows.map(r => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')).join('\n');
}
console.log(table([['name', 'qty', 'price'], ['apple', 3, 1.25], ['watermelon', 1, 3.5], ['fig', 12, 0.2]]));
let csv = '';
for (let i = 1; i <= 3; i++) {
  csv += [i, i * i, i ** 3].join(',') + '\n';
}
process.stdout.write(csv);
const words = 'the rain in spain falls mainly on the plain'.split(' ');
const counts = {};
for (const w of words) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
console.log(words.map(w => w[0].toUpperCase() + w.slice(1)).join(' '));
