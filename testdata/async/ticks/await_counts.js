const log = [];
async function plainAwait() { await 1; log.push('plain await done'); }
async function awaitPromise() { await Promise.resolve(); log.push('await promise done'); }
async function awaitThenable() { await { then(r) { r(); } }; log.push('await thenable done'); }
async function returnsPromise() { return Promise.resolve(); }
plainAwait();
awaitPromise();
awaitThenable();
returnsPromise().then(() => log.push('returned promise done'));
let t = 0;
function ticker() { log.push('tick ' + ++t); if (t < 6) Promise.resolve().then(ticker); }
Promise.resolve().then(ticker);
setTimeout(() => console.log(log.join('\n')), 0);
