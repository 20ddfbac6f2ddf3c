// Infinite generators consumed with early exits: break, labelled break out of
// nested loops, return from a function, and a throw — each closes them.
function* naturals(from = 0) {
  try {
    for (let n = from; ; n++) yield n;
  } finally {
    console.log(`naturals(${from}) closed`);
  }
}
function* primes() {
  const found = [];
  outer: for (const n of naturals(2)) {
    for (const p of found) {
      if (p * p > n) break;
      if (n % p === 0) continue outer;
    }
    found.push(n);
    yield n;
  }
}
const ps = [];
for (const p of primes()) {
  if (p > 30) break;
  ps.push(p);
}
console.log(ps.join(' '));
function firstPair(target) {
  for (const a of naturals(1)) {
    for (const b of naturals(a)) {
      if (a + b > target) break;
      if (a * b === target && a + b === 13) return [a, b];
    }
    if (a > target) return null;
  }
}
console.log(firstPair(36));
search: for (const i of naturals(10)) {
  for (const j of naturals(i)) {
    if (j - i === 2 && i % 7 === 0) {
      console.log('found', i, j);
      break search;
    }
    if (j - i > 2) continue search;
  }
}
try {
  for (const n of naturals(100)) {
    if (n === 103) throw new Error('stop at ' + n);
  }
} catch (e) {
  console.log(e.message);
}
function* cycle(items) {
  for (;;) yield* items;
}
const picked = [];
for (const c of cycle('RGB')) {
  picked.push(c);
  if (picked.length === 8) break;
}
console.log(picked.join(''));
const it = naturals(7);
console.log(it.next().value, it.next().value, it.return('x'), it.next());
