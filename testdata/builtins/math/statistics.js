// Descriptive statistics as reporting code computes them.
const data = [12.5, 7, 3.25, 19, 8.75, 11, 15.5, 4, 9, 10.25, 6.5, 14];
const sum = data.reduce((a, b) => a + b, 0);
const mean = sum / data.length;
const sorted = [...data].sort((a, b) => a - b);
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const variance = data.reduce((s, x) => s + (x - mean) ** 2, 0) / (data.length - 1);
const stddev = Math.sqrt(variance);
console.log({ sum, mean, median, variance, stddev, min: Math.min(...data), max: Math.max(...data) });
function percentile(p) {
  const idx = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(idx), hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}
console.log([0, 10, 25, 50, 75, 90, 99, 100].map(percentile));
const geo = Math.exp(data.reduce((s, x) => s + Math.log(x), 0) / data.length);
const harmonic = data.length / data.reduce((s, x) => s + 1 / x, 0);
console.log(geo, harmonic, Math.cbrt(data[0] * data[1] * data[2]));
const zscores = data.map(x => (x - mean) / stddev);
console.log(zscores.map(z => z.toFixed(3)).join(' '));
const xs = [1, 2, 3, 4, 5, 6], ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2];
const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
const slope = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
const r = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0) * ys.reduce((s, y) => s + (y - my) ** 2, 0));
console.log(slope, my - slope * mx, r, r ** 2);
const buckets = {};
for (const x of data) { const b = Math.floor(x / 5) * 5; buckets[b] = (buckets[b] || 0) + 1; }
console.log(buckets);
const rms = Math.sqrt(data.reduce((s, x) => s + x * x, 0) / data.length);
console.log(rms, Math.hypot(...data) / Math.sqrt(data.length));
