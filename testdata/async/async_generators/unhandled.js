// A rejection from an async generator nobody awaits is an unhandled rejection.
async function* g() { yield 1; throw new Error('nobody listens'); }
const it = g();
it.next().then(v => console.log('first', v));
it.next();
