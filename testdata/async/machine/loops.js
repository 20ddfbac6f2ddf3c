async function main() {
  for (let i = 0; i < 3; i++) { await null; console.log('for', i); }
  let i = 0;
  while (await (i < 3)) { console.log('while', i++); }
  do { console.log('do', i); i = await (i - 1); } while (i > 0);
  for (const k in { a: 1, b: await 2, c: 3 }) { console.log('in', k, await k.toUpperCase()); }
  for (const v of [await 'x', 'y']) { console.log('of', await v); }
  for (let j = await 0; j < await 2; j += await 1) console.log('head', j);
}
main();
