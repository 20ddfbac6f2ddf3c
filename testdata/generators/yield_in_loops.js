function* w() { let i = 0; while (i < 3) yield i++; do { yield 'do' + i; } while (i-- > 2); for (const k in { a: 1, b: 2 }) yield k; }
console.log([...w()]);
function* brk() { for (let i = 0; ; i++) { if (i > 5) break; if (i % 2) continue; yield i; } }
console.log([...brk()]);
