function* inner() {
  const x = yield 'inner1';
  console.log('inner got', x);
  yield 'inner2';
  return 'inner result';
}
function* outer() {
  yield 'outer start';
  const r = yield* inner();
  console.log('delegation returned', r);
  yield* [10, 20];
  yield* 'ab';
  return 'outer done';
}
const g = outer();
let step;
const seen = [];
while (!(step = g.next(seen.length)).done) seen.push(step.value);
console.log(seen, step);
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const t = { value: 4, left: { value: 2, left: { value: 1 }, right: { value: 3 } }, right: { value: 6, left: { value: 5 } } };
console.log([...tree(t)]);
