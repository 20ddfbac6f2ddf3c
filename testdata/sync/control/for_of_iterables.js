const m = new Map([['a', 1], ['b', 2]]);
for (const entry of m) console.log(entry);
for (const key of m.keys()) console.log(key);
for (const v of new Set([3, 3, 4])) console.log(v);
const it = { from: 1, to: 4, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => c <= t ? { value: c++, done: false } : { value: undefined, done: true } }; } };
console.log([...it], Math.max(...it));
for (const x of it) { if (x === 3) break; console.log(x); }
try {
  for (const x of 5) {}
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
