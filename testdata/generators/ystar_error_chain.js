// Error propagation through yield*: a throw deep in a chain of delegating
// generators unwinds each level's finally; throw() sent from outside reaches
// the innermost generator first; a level that catches resumes the chain.
function* leaf(tag) {
  try {
    yield tag + ':1';
    yield tag + ':2';
    throw new Error('leaf ' + tag + ' failed');
  } finally {
    console.log('leaf finally', tag);
  }
}
function* middle(tag, catchIt) {
  try {
    yield* leaf(tag);
  } catch (e) {
    if (!catchIt) throw e;
    console.log('middle caught', e.message);
    yield 'recovered ' + tag;
  } finally {
    console.log('middle finally', tag);
  }
}
function* top(catchIt) {
  const r = yield* middle('x', catchIt);
  yield 'after middle ' + r;
}
console.log([...top(true)]);
try {
  console.log([...top(false)]);
} catch (e) {
  console.log('outer caught', e.message);
}
const g = top(true);
console.log(g.next().value);
console.log(g.throw(new Error('injected')));
console.log(g.next());
console.log(g.next());

async function* aleaf() {
  try {
    yield 1;
    await null;
    throw new TypeError('async leaf');
  } finally {
    console.log('aleaf finally');
  }
}
async function* amid() {
  try {
    yield* aleaf();
  } catch (e) {
    console.log('amid caught', e.name, e.message);
    throw new RangeError('wrapped: ' + e.message);
  }
}
(async () => {
  try {
    for await (const v of amid()) console.log('value', v);
  } catch (e) {
    console.log('consumer caught', e.name, e.message);
  }
  const it = amid();
  await it.next();
  try {
    await it.throw(new SyntaxError('from outside'));
  } catch (e) {
    console.log('throw() rejected', e.name, e.message);
  }
})();
