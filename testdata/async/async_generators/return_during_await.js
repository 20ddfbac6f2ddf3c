// return() and next() requests that arrive while the body is awaiting wait in the queue.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function* g() { try { console.log('before await'); await sleep(5); yield 'after sleep'; yield 'never'; } finally { console.log('finally'); } }
const it = g();
const a = it.next(), b = it.return('bye'), c = it.next();
Promise.all([a, b, c]).then(v => console.log(v));
