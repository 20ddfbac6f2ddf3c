function* g() {
  try { try { yield 1; } finally { console.log("inner finally"); } } finally { console.log("outer finally"); }
}
const it = g(); it.next();
console.log(it.return(5));
const fresh = g();
console.log(fresh.return(6));
console.log(fresh.next());
