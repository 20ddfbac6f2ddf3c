// Top-level bindings live across awaits and are shared with closures,
// including functions hoisted above their declarations.
console.log(hoisted());
let counter = 0;
const bump = () => ++counter;
function hoisted() { return 'hoisted ' + typeof hoisted; }
const fns = [];
for (let i = 0; i < 3; i++) {
  await null;
  fns.push(() => i * 10 + counter);
}
bump();
console.log(fns.map((f) => f()));
await new Promise((resolve) => setTimeout(resolve, 20));
bump();
console.log(counter, fns.map((f) => f()));
try {
  console.log(later);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const later = await 'ready';
console.log(later);
