function* g() { const fs = []; for (let i = 0; i < 3; i++) { const j = yield i; fs.push(() => [i, j]); } return fs.map((f) => f()); }
const it = g(); it.next(); it.next("a"); it.next("b"); console.log(it.next("c").value);
function* h() { outer: for (let i = 0; i < 3; i++) { for (let k = 0; k < 3; k++) { try { if (k === 1) continue outer; yield `${i}${k}`; } finally { console.log("fin", i, k); } } } }
console.log([...h()]);
