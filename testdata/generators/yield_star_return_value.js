function* inner(n) { for (let i = 0; i < n; i++) yield i; return n * 100; }
function* outer() { const a = yield* inner(2); const b = yield* inner(1); return a + b; }
const it = outer(); let r; const seen = []; while (!(r = it.next()).done) seen.push(r.value); console.log(seen, r.value);
function* viaArray() { return yield* [1, 2]; }
const v = viaArray(); v.next(); v.next(); console.log(v.next());
