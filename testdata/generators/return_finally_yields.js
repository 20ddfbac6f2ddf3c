function* g() { try { yield 1; yield 2; } finally { yield "cleanup1"; yield "cleanup2"; console.log("finally end"); } }
const it = g();
console.log(it.next());
console.log(it.return("R"));
console.log(it.next());
console.log(it.next());
console.log(it.next());
