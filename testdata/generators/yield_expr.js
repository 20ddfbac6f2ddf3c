// yield as an expression: evaluation order and precedence.
function* g() {
  const a = [yield 1, yield 2];
  console.log('array', a);
  const s = (yield 'x') + (yield 'y');
  console.log('sum', s);
  console.log('call', Math.max(yield 'm1', 5, yield 'm2'));
  const o = { k: yield 'k', [yield 'key']: 'v' };
  console.log('obj', o);
  yield yield yield 'nested';
  const t = yield;
  console.log('bare', t);
  if ((yield 'cond') > 0) console.log('positive');
  return yield* [yield 'last'];
}
const it = g();
let r = it.next(), n = 0;
while (!r.done) { console.log(r.value); r = it.next(n++); }
console.log('done', r);
