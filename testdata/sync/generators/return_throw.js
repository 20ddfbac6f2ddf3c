function* guarded() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    console.log('caught inside', e);
    yield 'recovered';
  } finally {
    console.log('generator cleanup');
  }
  yield 'after';
}
const a = guarded();
console.log(a.next(), a.throw('oops'), a.next(), a.next(), a.next());
const b = guarded();
console.log(b.next(), b.return('early'), b.next());
const c = guarded();
try {
  c.throw(new Error('before start'));
} catch (e) {
  console.log('thrown out:', e.message, c.next());
}
function* finallyYields() {
  try { yield 'body'; } finally { yield 'from finally'; }
}
const d = finallyYields();
console.log(d.next(), d.return('R'), d.next(), d.next());
