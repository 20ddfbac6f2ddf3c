const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { console.log("return called"); return { done: true }; },
};
function* g() { yield* it; }
const gen = g();
console.log(gen.next());
try { gen.throw(new Error("x")); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(gen.next());
