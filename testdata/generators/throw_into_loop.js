function* worker() { let count = 0; while (true) { try { const job = yield count; console.log("job", job); count++; } catch (e) { console.log("error in job:", e); if (e === "fatal") return "stopped"; } } }
const w = worker();
w.next();
w.next("a");
console.log(w.throw("minor"));
w.next("b");
console.log(w.throw("fatal"));
console.log(w.next("c"));
