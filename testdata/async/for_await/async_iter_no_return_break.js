const it = { n: 0, [Symbol.asyncIterator]() { return this; }, next() { return Promise.resolve({ value: this.n++, done: false }); } };
async function* wrap() { try { yield* it; } finally { console.log("wrap finally"); } }
(async () => { for await (const v of wrap()) { console.log(v); if (v === 2) break; } console.log("after", it.n); })();
