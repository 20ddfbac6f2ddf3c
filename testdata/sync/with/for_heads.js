// for-in/for-of heads and destructuring targets that name with-object
// properties assign to the object each iteration.
const o = { k: null, v: null, first: null, rest: null };
var last;
with (o) {
  for (k in { a: 1, b: 2 }) console.log('k', k);
  for (v of [10, 20]) console.log('v', v);
  [first, ...rest] = [1, 2, 3];
  ({ x: last, y: k = 'default' } = { x: 'X' });
}
console.log(o, last);
