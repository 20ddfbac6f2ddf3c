function* g(x) {
  switch (yield 'which') {
    case 'a': try { yield 'in a'; throw new Error('a failed'); } catch (e) { yield e.message; } finally { yield 'a finally'; }
    case 'b': yield 'fell into b'; break;
    default: yield 'default';
  }
  return 'out';
}
for (const first of ['a', 'b', 'z']) { const it = g(); it.next(); const out = [it.next(first).value]; let r; while (!(r = it.next()).done) out.push(r.value); out.push(r.value); console.log(first, out); }
