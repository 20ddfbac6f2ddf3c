// Closures made in a generator's loops keep their own iteration's binding;
// this, arguments and parameters across yields.
function* g() {
  const fs = [];
  for (let i = 0; i < 3; i++) { yield i; fs.push(() => i); }
  return fs.map(f => f());
}
const it = g(); let r; while (!(r = it.next()).done); console.log(r.value);
const obj = { n: 7, *m(a, b = a + 1) { yield this.n; yield arguments.length; yield a + b; } };
console.log([...obj.m(1)]);
function* counter() { let n = 0; while (true) { const cmd = yield n; if (cmd === 'reset') n = 0; else n++; } }
const c = counter(); c.next(); c.next(); c.next(); console.log(c.next().value, c.next('reset').value, c.next().value);
const gen = function* named() { yield typeof named; };
console.log(gen().next().value, gen.name);
class K { constructor() { this.items = ['x', 'y']; } *[Symbol.iterator]() { yield* this.items; } static *range(n) { for (let i = 0; i < n; i++) yield i; } }
console.log([...new K()], [...K.range(3)]);
function* args() { yield [...arguments]; }
console.log(args(1, 2, 3).next().value);
function* withSwitch(x) { switch (x) { case 1: yield 'one'; case 2: yield 'two'; break; default: yield 'other'; } yield 'end'; }
console.log([...withSwitch(1)], [...withSwitch(3)]);
function* labeled() { a: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j > i) continue a; yield `${i}${j}`; } } }
console.log([...labeled()].join(' '));
