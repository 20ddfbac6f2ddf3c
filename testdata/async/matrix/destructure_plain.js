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
  const { x = await (7), y: [z = await (7)] = [] } = { y: [] }; let [p = t('p'), q = await (7)] = []; log('r', x, z, p, q);
  log('end');
}
main().then((v) => log('resolved', v), (e) => log('rejected', e && e.message));
log('sync done');
