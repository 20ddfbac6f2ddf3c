async function* g() { console.log("start"); const a = yield 1; console.log("a", a); await new Promise((r) => setTimeout(r, 20)); const b = yield 2; console.log("b", b); return "end"; }
const it = g();
const ps = [it.next("x"), it.next("y"), it.next("z"), it.next("w")];
console.log("queued");
ps.forEach((p, i) => p.then((r) => console.log(i, r)));
