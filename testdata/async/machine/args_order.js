// await in call arguments keeps left-to-right order
const log = [];
const t = (x) => { log.push('t' + x); return x; };
const f = (...a) => a.join(',');
async function main() {
  console.log(f(t(1), await t(2), t(3)));
  console.log(f(await t(4), await t(5)));
  console.log(log.join(' '));
}
main();
