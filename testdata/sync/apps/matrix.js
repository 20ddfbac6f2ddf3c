const zeros = (r, c) => Array.from({ length: r }, () => new Array(c).fill(0));
const identity = (n) => zeros(n, n).map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
function mul(a, b) {
  if (a[0].length !== b.length) throw new Error(`shape mismatch ${a.length}x${a[0].length} * ${b.length}x${b[0].length}`);
  return a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
}
const transpose = (m) => m[0].map((_, j) => m.map((row) => row[j]));
function det(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  return m[0].reduce((s, v, j) => s + (j % 2 ? -1 : 1) * v * det(m.slice(1).map((r) => r.filter((_, k) => k !== j))), 0);
}
function inverse(m) {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...identity(n)[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    const d = a[c][c];
    if (Math.abs(d) < 1e-12) throw new Error('singular');
    for (let k = 0; k < 2 * n; k++) a[c][k] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let k = 0; k < 2 * n; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row) => row.slice(n));
}
const A = [[4, 7, 2], [3, 6, 1], [2, 5, 3]];
console.log(mul(A, identity(3)));
console.log(transpose([[1, 2, 3], [4, 5, 6]]));
console.log(det(A), det([[1, 2], [3, 4]]), det([[2]]));
const inv = inverse(A);
console.log(inv.map((r) => r.map((v) => v.toFixed(4))));
console.log(mul(A, inv).map((r) => r.map((v) => Math.round(v * 1e9) / 1e9)));
try { mul([[1, 2]], [[1, 2]]); } catch (e) { console.log(e.message); }
try { inverse([[1, 2], [2, 4]]); } catch (e) { console.log(e.message); }
console.log(zeros(2, 3), identity(4));
console.log(0.1 + 0.2, 1 / 3, 2 ** 53 + 1, -0, [-0], 1e21, 1e-7, 123456789.123456789);
