async function* countdown(n) {
  while (n > 0) {
    await new Promise(r => setTimeout(r, 1));
    yield n--;
  }
  return 'liftoff';
}
async function main() {
  for await (const n of countdown(3)) console.log('count', n);
  for await (const v of [Promise.resolve('a'), 'b', new Promise(r => setTimeout(() => r('c'), 2))]) console.log('for await over array', v);
  const it = countdown(2);
  console.log(await it.next(), await it.next(), await it.next(), await it.next());
  const gen = countdown(5);
  for await (const n of gen) { if (n === 4) break; console.log('before break', n); }
  console.log(await gen.next());
}
main();
