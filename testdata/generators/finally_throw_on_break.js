function* g() { try { yield 1; yield 2; } finally { console.log("cleanup"); throw new Error("cleanup failed"); } }
try { for (const x of g()) { console.log(x); break; } } catch (e) { console.log("caught", e.message); }
try { for (const x of g()) { throw new Error("body"); } } catch (e) { console.log("caught", e.message); }
try { const [a] = g(); console.log(a); } catch (e) { console.log("destructure caught", e.message); }
