async function* g() { try { yield 1; yield 2; } finally { console.log("finally"); } }
const it = g();
const a = it.next(); const b = it.return("R"); const c = it.next(); const d = it.throw(new Error("late"));
a.then((r) => console.log("a", r)); b.then((r) => console.log("b", r)); c.then((r) => console.log("c", r)); d.then((r) => console.log("d", r), (e) => console.log("d rejected", e.message));
