const it = {
  n: 0,
  [Symbol.iterator]() { return this; },
  next() { return { value: this.n++, done: false }; },
  throw(e) { console.log("throw got", e); return { value: "caught:" + e, done: this.n > 2 }; },
};
function* g() { const r = yield* it; console.log("r", r); return "end"; }
const gen = g();
console.log(gen.next());
console.log(gen.throw("a"));
console.log(gen.next());
console.log(gen.next());
console.log(gen.throw("b"));
