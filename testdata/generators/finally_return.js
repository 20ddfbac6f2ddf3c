// return() runs the finally blocks around the suspended yield, innermost first;
// a yield inside finally suspends the return, and a return in finally overrides.
function* g() {
  try {
    try {
      yield 1;
    } finally {
      console.log('inner finally');
      yield 'from finally';
      console.log('after finally yield');
    }
  } finally {
    console.log('outer finally');
  }
}
let it = g();
console.log(it.next());
console.log(it.return('r'));
console.log(it.next());
console.log(it.next());
function* h() { try { yield 1; } finally { return 'override'; } }
it = h(); it.next(); console.log(it.return('x'));
function* k() { try { yield 1; } catch (e) { console.log('caught', e); yield 2; } finally { console.log('k finally'); } }
it = k(); it.next(); console.log(it.throw('E')); console.log(it.return(5)); console.log(it.next());
it = k(); console.log(it.return('early')); console.log(it.next());
it = k(); try { it.throw(new Error('not started')); } catch (e) { console.log(e.message); } console.log(it.next());
