async function main() {
  console.log(await 42);
  console.log(await 'str', await null, await undefined);
  console.log(await Promise.resolve('promised'));
  console.log(await { then(r) { r('thenable'); } });
  console.log(await new Promise(r => setTimeout(() => r('after timer'), 5)));
  const values = [await 1, await 2, await 3];
  console.log(values, (await 10) + (await 20));
  const obj = { a: await 'A', [await 'key']: await 'value' };
  console.log(obj);
}
main();
