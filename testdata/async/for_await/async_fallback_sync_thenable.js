const thenable = (v) => ({ then(res) { console.log("then called for", v); res(v * 2); } });
(async () => { for await (const v of [thenable(1), thenable(2), 3]) console.log("v", v); })();
async function* g() { yield thenable(5); const x = yield* { [Symbol.iterator]() { let n = 0; return { next: () => ({ value: thenable(n), done: n++ > 1 }) }; } }; console.log("x", x); }
(async () => { for await (const v of g()) console.log("g", v); })();
