async function r1() { return await Promise.resolve(1); }
async function r2() { return Promise.resolve(2); }
async function t1() { throw await Promise.resolve(new Error('e1')); }
async function t2() { try { return await Promise.reject(new Error('e2')); } catch (e) { return 'caught ' + e.message; } }
async function t3() { try { return Promise.reject(new Error('e3')); } catch (e) { return 'never'; } }
async function main() {
  console.log(await r1(), await r2());
  try { await t1(); } catch (e) { console.log('t1', e.message); }
  console.log(await t2());
  try { console.log(await t3()); } catch (e) { console.log('t3 rejected', e.message); }
}
main();
