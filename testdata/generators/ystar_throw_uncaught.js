function* inner() { try { yield 1; } finally { console.log("inner finally"); } }
function* outer() { try { yield* inner(); } catch (e) { console.log("outer caught", e.message); yield "handled"; } }
const g = outer();
console.log(g.next());
console.log(g.throw(new Error("bad")));
console.log(g.next());
