async function* range(n) { for (let i = 0; i < n; i++) yield i; }
(async () => { let s = 0, count = 0; for await (const v of range(20000)) { s += v; count++; } console.log(count, s); })();
