// Several next() calls without waiting: the request queue settles them in order.
async function* g() {
  console.log('start');
  const a = yield 1;
  console.log('a =', a);
  const b = yield new Promise(r => setTimeout(() => r(2), 5));
  console.log('b =', b);
  try { yield 3; } finally { console.log('cleanup'); }
  return 'end';
}
const it = g();
const order = [];
const p = [it.next('x'), it.next('y'), it.next('z'), it.return('R'), it.next(), it.throw(new Error('late'))];
p.forEach((q, i) => q.then(v => order.push([i, v]), e => order.push([i, 'rejected ' + e.message])));
Promise.allSettled(p).then(() => console.log(order));
const it2 = g();
it2.throw(new Error('before start')).catch(e => console.log('rejected:', e.message));
it2.next().then(v => console.log('after throw', v));
async function* h() { yield 'h'; }
const it3 = h();
it3.return(Promise.resolve('awaited value')).then(v => console.log('return on start', v));
it3.next().then(v => console.log('next after return', v));
const it4 = h();
it4.return(Promise.reject(new Error('nope'))).catch(e => console.log('return rejected', e.message));
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
