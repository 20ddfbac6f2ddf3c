async function main() {
  let i = 0;
  while (true) {
    try {
      i++;
      if (i === 2) continue;
      if (i === 4) break;
      await null;
      console.log('body', i);
    } finally {
      console.log('cleanup', i);
      if (i === 3) { await null; console.log('async cleanup'); }
    }
  }
  const r = await (async () => {
    try { return 'first'; }
    finally { try { await Promise.reject(new Error('in finally')); } catch (e) { console.log('caught', e.message); } }
  })();
  console.log(r, i);
}
main();
