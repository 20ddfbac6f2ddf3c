// console.dir with the less common util.inspect options.
const data = { b: 2, a: 1, c: { z: [3, 2, 1], y: 'why' }, m: new Map([['k2', 1], ['k1', 2]]), s: new Set(['z', 'a']) };
console.dir(data, { sorted: true });
console.dir(data, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) });
const account = {
  owner: 'ann',
  get balance() { return 100; },
  get profile() { return { level: 'gold' }; },
  get broken() { throw new Error('not loaded'); },
  get limit() { return 5; },
  set limit(v) {},
  set pin(v) {},
};
console.dir(account, { getters: true });
console.dir(account, { getters: 'get' });
console.dir(account, { getters: 'set' });
console.dir([1234567, 1234.5678, -1000, 0.000123, 12345678901234567890n, 999], { numericSeparator: true });
const report = { title: 'Quarterly report', sections: ['intro', 'numbers', 'outlook', 'appendix'], totals: { q1: 1200, q2: 1350 } };
console.dir(report, { compact: true });
console.dir(report, { compact: true, breakLength: 40 });
console.dir({ text: 'a'.repeat(30) + '\n' + 'b'.repeat(60) }, { compact: true });
console.dir(report, { compact: 1 });
console.dir(report, { compact: false, breakLength: 120 });
console.dir(report, { breakLength: 30 });
console.dir(Array.from({ length: 14 }, (_, i) => i * 11), { compact: 1 });
class Point { constructor(x, y) { this.x = x; this.y = y; } get length() { return Math.hypot(this.x, this.y); } }
Point.prototype.dimensions = 2;
console.dir(new Point(3, 4), { showHidden: true });
console.dir(new Point(3, 4), { showHidden: true, getters: true });
console.dir(new Uint8Array([1, 2]), { showHidden: true });
console.dir({ deep: { deeper: { deepest: { bottom: 1 } } } }, { depth: 0, compact: false });
