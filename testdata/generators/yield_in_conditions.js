function* g(x) {
  if ((yield "cond") && x) console.log("then");
  const v = (yield "a") ? yield "b" : yield "c";
  console.log("v", v);
  for (let i = yield "init"; i < (yield "test"); i++) { console.log("body", i); if (i > 0) break; }
  const t = x ?? (yield "nullish");
  const u = x || (yield "or");
  return [t, u];
}
const it = g(0); let r = it.next(); const feed = [true, false, "C", 0, 5, 5, "OR"]; let i = 0;
while (!r.done) { console.log(r.value); r = it.next(feed[i++]); }
console.log(r.value);
