// Vector maths: normalisation, dot/cross products, angles, polar coordinates.
const vec = (x, y, z = 0) => ({ x, y, z });
const len = v => Math.hypot(v.x, v.y, v.z);
const norm = v => { const l = len(v); return vec(v.x / l, v.y / l, v.z / l); };
const dot = (a, b) => a.x * b.x + a.y * b.y + a.z * b.z;
const cross = (a, b) => vec(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x);
const angle = (a, b) => Math.acos(dot(a, b) / (len(a) * len(b)));
const vs = [vec(1, 0), vec(1, 1), vec(3, 4), vec(-2, 5, 1), vec(0.1, 0.2, 0.3)];
for (const v of vs) console.log(len(v), norm(v));
console.log(dot(vs[1], vs[2]), cross(vs[2], vs[3]), angle(vs[0], vs[1]), (angle(vs[0], vs[1]) * 180) / Math.PI);
console.log(angle(vs[3], vs[4]), angle(vs[2], vs[2]));
for (let i = 0; i < 8; i++) {
  const t = (i / 8) * 2 * Math.PI;
  const p = { r: 2, t };
  const c = { x: p.r * Math.cos(t), y: p.r * Math.sin(t) };
  console.log(i, c.x, c.y, Math.atan2(c.y, c.x), Math.hypot(c.x, c.y));
}
const lerp = (a, b, t) => a + (b - a) * t;
console.log([0, 0.25, 0.5, 0.75, 1].map(t => lerp(10, 20, t)));
const easeInOut = t => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
console.log([0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map(easeInOut));
const wave = Array.from({ length: 12 }, (_, i) => Math.sin((i / 12) * 2 * Math.PI) * Math.exp(-i / 10));
console.log(wave);
