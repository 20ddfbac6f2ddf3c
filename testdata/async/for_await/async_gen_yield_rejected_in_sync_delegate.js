function* s() { try { yield Promise.reject(new Error("bad")); yield "x"; } finally { console.log("sync finally"); } }
async function* a() { try { yield* s(); } catch (e) { console.log("caught in async gen", e.message); yield "recovered"; } }
(async () => { for await (const v of a()) console.log(v); })();
