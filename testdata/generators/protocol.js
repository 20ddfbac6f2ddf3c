// The iterator protocol wherever it applies, with return() on early exit.
function* counted(name, n) {
  try {
    for (let i = 0; i < n; i++) yield i;
  } finally {
    console.log(name, 'closed');
  }
}
for (const x of counted('break', 5)) { if (x === 2) break; }
function f() { for (const x of counted('return', 5)) { if (x === 1) return x; } }
f();
try { for (const x of counted('throw', 5)) { throw new Error('t' + x); } } catch (e) { console.log(e.message); }
const [a, b] = counted('destructure', 5); console.log(a, b);
const [c, ...rest] = counted('rest', 4); console.log(c, rest);
console.log([...counted('spread', 3)]);
console.log(Array.from(counted('from', 3), x => x * 2));
console.log(new Set(counted('set', 3)).size);
console.log(Math.max(...counted('args', 4)));
function* pairs() { yield [1, 'one']; yield [2, 'two']; }
console.log(new Map(pairs()), Object.fromEntries(pairs()));
outer: for (const x of counted('outer', 3)) { for (const y of counted('inner', 3)) { if (y === 1) continue outer; } }
Promise.all(counted('all', 3)).then(v => console.log('all', v));
Promise.race(counted('race', 2)).then(v => console.log('race', v));
let [d = 'default'] = counted('empty', 0); console.log(d);
