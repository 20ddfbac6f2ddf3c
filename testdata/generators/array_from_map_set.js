function* pairs() { yield ["a", 1]; yield ["b", 2]; yield ["a", 3]; }
console.log(Array.from(pairs()));
console.log(Array.from(pairs(), ([k, v]) => k + v));
console.log(new Map(pairs()));
console.log(new Set(function* () { yield 1; yield 1; yield 2; }()));
console.log(Object.fromEntries(pairs()));
console.log(Math.max(...function* () { yield 3; yield 9; yield 4; }()));
