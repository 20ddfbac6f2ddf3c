function* g() { try { yield 1; } catch (e) { console.log("never"); } }
const it = g();
try { it.throw(new Error("early")); } catch (e) { console.log("caught", e.message); }
console.log(it.next());
const it2 = g();
console.log(it2.return("early return"));
