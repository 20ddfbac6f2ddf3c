async function main() {
  try { await Promise.reject({ code: 7, info: { msg: 'm' } }); }
  catch ({ code, info: { msg }, extra = await 'dflt' }) { console.log(code, msg, extra); }
  try { throw [1, 2]; } catch ([a, b]) { await null; console.log(a + b); }
  try { await Promise.reject(new TypeError('t')); } catch { console.log('no binding'); }
  try { null.x; } catch (e) { console.log(e instanceof TypeError, await e.constructor.name); }
}
main();
