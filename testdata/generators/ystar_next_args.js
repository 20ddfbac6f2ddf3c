function* inner() { const a = yield 1; console.log("inner got", a); const b = yield 2; console.log("inner got", b); return "done"; }
function* outer() { const r = yield* inner(); console.log("outer got", r); yield 3; }
const g = outer();
console.log(g.next("x"));
console.log(g.next("y"));
console.log(g.next("z"));
console.log(g.next("w"));
