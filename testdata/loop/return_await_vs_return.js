const log = s => console.log(s);
async function plainReturn() { return Promise.resolve('plain'); }
async function returnAwait() { return await Promise.resolve('awaited'); }
async function returnValue() { return 'value'; }
async function returnThenable() { return { then(r) { r('thenable'); } }; }
plainReturn().then(v => log('done: ' + v));
returnAwait().then(v => log('done: ' + v));
returnValue().then(v => log('done: ' + v));
returnThenable().then(v => log('done: ' + v));
let i = 0;
(function count() { if (++i <= 6) { log('tick ' + i); Promise.resolve().then(count); } })();
