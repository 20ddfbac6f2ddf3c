async function* g() { try { yield 1; } finally { console.log("finally begins"); await new Promise((r) => setTimeout(r, 20)); console.log("finally ends"); } }
const it = g();
it.next().then((r) => console.log("n1", r));
it.return("R").then((r) => console.log("ret", r));
it.next().then((r) => console.log("n2", r));
it.throw(new Error("E")).catch((e) => console.log("thr", e.message));
console.log("all queued");
