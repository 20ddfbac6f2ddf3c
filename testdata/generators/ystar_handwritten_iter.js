const it = {
  i: 0,
  [Symbol.iterator]() { return this; },
  next(v) { console.log("next", v); return this.i < 3 ? { value: this.i++, done: false } : { value: "end", done: true }; },
};
function* g() { const r = yield* it; console.log("result", r); }
const gen = g();
let s;
while (!(s = gen.next("arg")).done) console.log(s.value);
