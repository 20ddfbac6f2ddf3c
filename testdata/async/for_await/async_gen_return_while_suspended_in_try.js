async function* g() { try { yield 1; } catch (e) { console.log("never", e); } finally { console.log("finally"); yield "from finally"; } }
(async () => { const it = g(); console.log(await it.next()); console.log(await it.return("R")); console.log(await it.next()); console.log(await it.next()); })();
