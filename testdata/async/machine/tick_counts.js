const log = (m) => console.log(m);
async function plain() { await 1; log('plain 1'); await 2; log('plain 2'); }
async function native() { await Promise.resolve(); log('native'); }
async function thenable() { await { then(r) { r(); } }; log('thenable'); }
async function retPromise() { return Promise.resolve('rp'); }
async function retValue() { return 'rv'; }
async function retAwait() { return await Promise.resolve('ra'); }
plain(); native(); thenable();
retPromise().then(log); retValue().then(log); retAwait().then(log);
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4')).then(() => log('t5'));
