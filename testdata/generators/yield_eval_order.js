function* g() {
  const o = { [yield "key"]: yield "val", t: `a${yield "tpl"}b` };
  console.log(o);
  console.log(Math.max(yield "arg1", yield "arg2"));
  const arr = [yield "e0", ...(yield "spread")];
  console.log(arr);
  return (yield "l") + (yield "r");
}
const it = g();
let r = it.next();
const feed = ["K", "V", "T", 3, 8, "z", ["p", "q"], 10, 5];
let i = 0;
while (!r.done) { console.log("yielded", r.value); r = it.next(feed[i++]); }
console.log("result", r.value);
