// Deterministic PRNGs built from Math.imul and shifts, as games and tests use them.
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function xorshift32(seed) {
  let x = seed;
  return () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return (x >>> 0) / 4294967296; };
}
const r1 = mulberry32(42), r2 = xorshift32(2463534242);
console.log(Array.from({ length: 6 }, r1));
console.log(Array.from({ length: 6 }, r2));
const rand = mulberry32(7);
const shuffle = arr => { const a = [...arr]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
console.log(shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).join(','));
const gauss = () => { const u = 1 - rand(), v = rand(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); };
const samples = Array.from({ length: 5 }, gauss);
console.log(samples);
const hist = new Array(10).fill(0);
for (let i = 0; i < 10000; i++) hist[Math.floor(rand() * 10)]++;
console.log(hist, hist.reduce((a, b) => a + b));
const pick = (arr, weights) => { let r = rand() * weights.reduce((a, b) => a + b); return arr.find((_, i) => (r -= weights[i]) < 0); };
console.log(Array.from({ length: 8 }, () => pick(['a', 'b', 'c'], [1, 2, 7])).join(''));
