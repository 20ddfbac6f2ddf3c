async function* g(name) { try { yield name + 1; yield name + 2; } finally { await null; console.log(name, "closed"); } }
(async () => { for await (const a of g("outer")) { for await (const b of g("inner")) { console.log(a, b); break; } break; } console.log("end"); })();
Promise.resolve().then(() => console.log("tick1")).then(() => console.log("tick2")).then(() => console.log("tick3"));
