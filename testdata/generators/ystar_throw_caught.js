function* inner() { try { yield 1; } catch (e) { console.log("inner caught", e); yield "recovered"; } return "r"; }
function* outer() { const r = yield* inner(); console.log("r", r); yield "after"; }
const g = outer();
console.log(g.next());
console.log(g.throw("boom"));
console.log(g.next());
console.log(g.next());
