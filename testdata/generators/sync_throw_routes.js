function* g() {
  while (true) {
    try { yield 'waiting'; }
    catch (e) { console.log('handled', e); if (e === 'stop') return 'stopped'; }
  }
}
const it = g(); it.next();
console.log(it.throw('one'), it.throw('two'), it.throw('stop'), it.next());
function* h() { yield 1; }
const x = h(); x.next(); x.next();
try { x.throw(new Error('after done')); } catch (e) { console.log(e.message); }
