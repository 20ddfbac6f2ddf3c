// yield* forwards next/throw/return to the inner iterator and evaluates to its return value.
const log = [];
const inner = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next(v) { log.push('next ' + v); return { value: this.i++, done: this.i > 3 }; },
  throw(e) { log.push('throw ' + e); return { value: 'thrown', done: false }; },
  return(v) { log.push('return ' + v); return { value: 'ret:' + v, done: true }; },
};
function* outer() {
  const r = yield* inner;
  console.log('inner returned', r);
  return 'outer';
}
let it = outer();
console.log(it.next('a'), it.next('b'), it.throw('c'), it.next('d'), it.next('e'));
console.log(log);
inner.i = 0; log.length = 0;
it = outer(); it.next(); console.log(it.return('z'), log);
const noThrow = { [Symbol.iterator]() { return this; }, next() { return { value: 1, done: false }; }, return() { console.log('closed'); return {}; } };
function* o2() { try { yield* noThrow; } catch (e) { console.log(e.constructor.name, e.message); } }
it = o2(); it.next(); console.log(it.throw('x'));
function* strs() { yield* 'héllo'; yield* new Set([1, 2]); yield* new Map([['k', 'v']]); }
console.log([...strs()]);
function* bad() { yield* 5; }
try { bad().next(); } catch (e) { console.log(e.message); }
function* badResult() { yield* { [Symbol.iterator]() { return { next() { return 3; } }; } }; }
try { badResult().next(); } catch (e) { console.log(e.message); }
// the inner result object is passed through unchanged
const res = { value: 1, done: false, extra: true };
function* pass() { yield* { [Symbol.iterator]() { return { next() { return res; } }; } }; }
console.log(pass().next() === res);
