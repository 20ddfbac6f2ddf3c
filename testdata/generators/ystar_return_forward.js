function* inner() { try { yield 1; yield 2; } finally { console.log("inner cleanup"); } }
function* outer() { try { yield* inner(); } finally { console.log("outer cleanup"); } }
const g = outer();
console.log(g.next());
console.log(g.return(42));
console.log(g.next());
