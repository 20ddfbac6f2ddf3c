async function* timed(events) { let t = 0; for (const [at, v] of events) { await new Promise((r) => setTimeout(r, (at - t))); t = at; yield v; } }
async function* distinct(it) { let last; let first = true; for await (const x of it) { if (first || x !== last) yield x; first = false; last = x; } }
async function* scan(it, f, acc) { for await (const x of it) { acc = f(acc, x); yield acc; } }
(async () => { for await (const v of scan(distinct(timed([[20, "a"], [40, "a"], [60, "b"], [80, "b"], [100, "c"]])), (a, x) => a + x, "")) console.log(v); })();
