const ps = [Promise.resolve(1), Promise.reject(new Error("second failed")), Promise.resolve(3)];
(async () => { try { for await (const v of ps) console.log("got", v); } catch (e) { console.log("caught", e.message); } })();
