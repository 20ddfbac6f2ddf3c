const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function main() {
  for (let i = 0; i < 3; i++) console.log('for', await sleep(1, i));
  let j = 0;
  while ((await sleep(1, j)) < 2) console.log('while', j++);
  do { console.log('do', j); } while (await sleep(1, --j) > 0);
  for (const x of [await sleep(1, 'a'), 'b']) console.log('for-of', x, await sleep(1, x.toUpperCase()));
  for (const k in { p: 1, q: 2 }) console.log('for-in', await k);
  outer: for (let a = 0; a < 3; a++) {
    for (let b = 0; b < 3; b++) {
      if (await sleep(1, b === 1)) continue outer;
      if (a === 2) break outer;
      console.log('labeled', a, b);
    }
  }
}
main();
