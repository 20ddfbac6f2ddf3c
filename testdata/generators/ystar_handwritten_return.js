const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: "v", done: false }; },
  return(x) { console.log("return with", x); return { value: "from-return", done: true }; },
};
function* g() { try { yield* it; } finally { console.log("g finally"); } }
const gen = g();
console.log(gen.next());
console.log(gen.return("R"));
