function* g() { try { for (let i = 0; ; i++) yield i; } finally { console.log("closed"); } }
for (const x of g()) { if (x === 2) break; console.log(x); }
function f() { for (const x of g()) { if (x === 1) return "ret"; } }
console.log(f());
try { for (const x of g()) { throw new Error("t" + x); } } catch (e) { console.log(e.message); }
outer: for (const a of [1, 2]) { for (const b of g()) { if (b === 1) continue outer; console.log(a, b); } }
