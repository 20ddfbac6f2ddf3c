function* g() { try { yield 1; return 'try'; } finally { console.log('finally runs'); } }
const it = g(); console.log(it.next(), it.next(), it.next());
function* h() { try { return 'a'; } finally { yield 'in finally'; } }
const i2 = h(); console.log(i2.next(), i2.next(), i2.next());
function* k() { for (const x of [1, 2, 3]) { try { if (x === 2) return x; yield x; } finally { console.log('iteration', x); } } }
console.log([...k()]);
