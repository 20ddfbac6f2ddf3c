const log = [];
const a = async () => { log.push('a1'); await b(); log.push('a2'); };
const b = async () => { log.push('b1'); await null; log.push('b2'); };
const c = async () => { log.push('c1'); return { then(r) { log.push('c-then'); r('c'); } }; };
a();
c().then(v => log.push('c resolved ' + v));
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3')).then(() => log.push('p4'));
log.push('sync');
setTimeout(() => console.log(log.join(', ')), 0);
