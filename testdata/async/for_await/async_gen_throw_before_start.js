async function* g() { try { yield 1; } finally { console.log("never runs"); } }
(async () => { const it = g(); try { await it.throw(new Error("early")); } catch (e) { console.log("rejected", e.message); } console.log(await it.next());
  const it2 = g(); console.log(await it2.return("early"), await it2.next()); })();
