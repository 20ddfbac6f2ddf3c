function* g() { try { yield ["a", 1]; yield 5; } finally { console.log("closed"); } }
try { new Map(g()); } catch (e) { console.log(e.constructor.name); }
function* h() { try { yield 1; yield 2; } finally { console.log("h closed"); } }
try { Array.from(h(), (v) => { if (v === 1) throw new Error("map fn"); return v; }); } catch (e) { console.log(e.message); }
