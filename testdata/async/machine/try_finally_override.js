async function a() { try { return 'try'; } finally { await null; console.log('finally a'); } }
async function b() { try { return 'try'; } finally { await null; return 'finally'; } }
async function c() { try { throw new Error('x'); } finally { await null; return 'swallowed'; } }
async function d() { try { await Promise.reject(new Error('inner')); } finally { console.log('d finally'); } }
async function e() {
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) continue; if (i === 2) break; await null; console.log('e body', i); }
    finally { await null; console.log('e finally', i); }
  }
  return 'e done';
}
async function f() {
  try { try { await null; throw new Error('deep'); } finally { console.log('inner finally'); } }
  catch (err) { console.log('outer catch', err.message); return 'f'; }
  finally { await null; console.log('outer finally'); }
}
async function main() {
  console.log(await a());
  console.log(await b());
  console.log(await c());
  await d().catch(err => console.log('d rejected', err.message));
  console.log(await e());
  console.log(await f());
}
main();
