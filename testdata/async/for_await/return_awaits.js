async function* g() { return new Promise((r) => setTimeout(() => r("late value"), 20)); }
async function* h() { return Promise.reject(new Error("returned rejection")); }
(async () => { console.log(await g().next()); try { await h().next(); } catch (e) { console.log("caught", e.message); }
  const it = (async function* () { yield 1; })(); await it.next(); console.log(await it.return(Promise.resolve("unwrapped")));
  try { await it.return(Promise.reject(new Error("return rej"))); } catch (e) { console.log("return rejects", e.message); } })();
