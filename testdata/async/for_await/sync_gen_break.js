function* g() { try { yield Promise.resolve(1); yield 2; yield 3; } finally { console.log("closed"); } }
(async () => { for await (const v of g()) { console.log(v); if (v === 2) break; } console.log("after"); })();
