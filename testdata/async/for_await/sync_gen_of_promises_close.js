function* g() { try { yield Promise.resolve("a"); yield Promise.reject(new Error("rej")); yield "c"; } finally { console.log("sync gen finally"); } }
(async () => { try { for await (const v of g()) console.log(v); } catch (e) { console.log("caught", e.message); } })();
