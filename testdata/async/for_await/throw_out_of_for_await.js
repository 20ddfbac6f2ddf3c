async function* g() { try { for (let i = 0; ; i++) yield i; } finally { console.log("gen closed"); } }
(async () => { try { for await (const v of g()) { if (v === 1) throw new Error("body threw"); console.log(v); } } catch (e) { console.log("caught", e.message); } })();
(async () => { async function f() { for await (const v of g()) { if (v === 2) return "early " + v; } } console.log(await f()); })();
