const later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
async function* g() { const a = yield await later("A", 20); console.log("a", a); const b = await (yield later("B", 40)); console.log("b", b); yield* [await later("C", 20)]; }
(async () => { const it = g(); console.log(await it.next()); console.log(await it.next("sentA")); console.log(await it.next(later("sentB", 20))); console.log(await it.next()); })();
