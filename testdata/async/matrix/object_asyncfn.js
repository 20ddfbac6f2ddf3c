const log = (...a) => console.log(...a);
const t = (x) => { log('eval', x); return x; };
const f = (...a) => a.join(',');
function C(...a) { this.a = a; }
const o = { m(...a) { return a; } };
const nil = null;
let n = 0;
const tick = () => log('tick', ++n);
Promise.resolve().then(tick).then(tick).then(tick).then(tick).then(tick).then(tick);
async function main() {
  log('start');
  const r = { a: t(1), b: await ((async () => 7)()), [t('k')]: t(3), [await ((async () => 7)())]: 'dyn' }; log('r', r);
  log('end');
}
main().then((v) => log('resolved', v), (e) => log('rejected', e && e.message));
log('sync done');
