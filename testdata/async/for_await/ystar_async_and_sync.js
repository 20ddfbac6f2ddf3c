async function* a() { yield "a1"; await null; yield "a2"; return "aret"; }
function* s() { yield "s1"; yield Promise.resolve("s2"); return "sret"; }
async function* both() { const r1 = yield* a(); console.log("r1", r1); const r2 = yield* s(); console.log("r2", r2); yield* ["arr"]; }
(async () => { for await (const v of both()) console.log(v); })();
