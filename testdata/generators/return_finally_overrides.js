function* g() { try { yield 1; } finally { return "from finally"; } }
const it = g();
it.next();
console.log(it.return("asked"));
function* h() { try { yield 1; } finally { throw new Error("finally threw"); } }
const j = h(); j.next();
try { j.return(1); } catch (e) { console.log("caught", e.message); }
console.log(j.next());
