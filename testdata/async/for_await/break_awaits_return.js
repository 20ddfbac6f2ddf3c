async function* g() { try { yield 1; yield 2; } finally { console.log("finally start"); await new Promise((r) => setTimeout(r, 20)); console.log("finally end"); } }
(async () => { for await (const v of g()) { console.log(v); break; } console.log("after loop"); })();
