function* zip(...its) { const iters = its.map((i) => i[Symbol.iterator]()); try { while (true) { const rs = iters.map((i) => i.next()); if (rs.some((r) => r.done)) return; yield rs.map((r) => r.value); } } finally { for (const i of iters) if (i.return) i.return(); } }
function* chain(...its) { for (const i of its) yield* i; }
function* cycle(arr) { while (true) yield* arr; }
function* counted(name, n) { try { for (let i = 0; i < n; i++) yield name + i; } finally { console.log("close", name); } }
console.log([...zip(counted("a", 5), counted("b", 2), cycle([true, false]))]);
console.log([...chain([1], "xy", counted("c", 2))]);
