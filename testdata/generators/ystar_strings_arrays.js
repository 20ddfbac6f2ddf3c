function* g() { yield* "ab"; yield* [1, 2]; yield* new Set(["s"]); yield* new Map([["k", 1]]); const r = yield* []; console.log("empty result", r); }
console.log([...g()]);
