let closed = false;
const it = { [Symbol.asyncIterator]() { return this; }, i: 0, next() { return this.i++ < 2 ? Promise.resolve({ value: this.i, done: false }) : Promise.reject(new Error("next failed")); }, return() { closed = true; return Promise.resolve({ done: true }); } };
(async () => { try { for await (const v of it) console.log(v); } catch (e) { console.log("caught", e.message, "closed", closed); } })();
