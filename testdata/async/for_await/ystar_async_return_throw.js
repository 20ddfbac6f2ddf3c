async function* inner() { try { yield 1; yield 2; } catch (e) { console.log("inner caught", e); yield "after catch"; } finally { console.log("inner finally"); } }
async function* outer() { yield* inner(); }
(async () => { const it = outer(); console.log(await it.next()); console.log(await it.throw("E")); console.log(await it.return("R")); console.log(await it.next());
  const it2 = outer(); await it2.next(); console.log(await it2.return("R2")); })();
