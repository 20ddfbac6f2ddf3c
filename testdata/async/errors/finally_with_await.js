async function withResource(name, fn) {
  console.log('open', name);
  try {
    return await fn(name);
  } finally {
    await new Promise(r => setTimeout(r, 5));
    console.log('closed', name);
  }
}
async function main() {
  const v = await withResource('db', async n => { await null; return n + ' result'; });
  console.log(v);
  try {
    await withResource('file', async () => { throw new Error('read failed'); });
  } catch (e) {
    console.log('propagated:', e.message);
  }
}
main();
