const orders = [["alice", 30], ["bob", 10], ["alice", 5], ["carol", 50], ["bob", 20]];
async function* stream() { for (const o of orders) { await new Promise((r) => setTimeout(r, 20)); yield { customer: o[0], amount: o[1] }; } }
async function groupBy(it, key) { const m = new Map(); for await (const x of it) { const k = x[key]; m.set(k, (m.get(k) || 0) + x.amount); console.log("running", k, m.get(k)); } return m; }
groupBy(stream(), "customer").then((m) => console.log([...m].sort((a, b) => b[1] - a[1])));
