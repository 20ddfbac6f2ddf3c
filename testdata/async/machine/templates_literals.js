async function main() {
  const name = Promise.resolve('world');
  console.log(`hello ${await name}, ${1 + await 2}!`);
  const arr = [1, await 2, ...[await 3, 4], await Promise.resolve(5)];
  console.log(arr);
  const k = 'dyn';
  const o = { a: await 1, [k + await 'Key']: await 2, b: 3, [await 'c']: 4 };
  console.log(o);
  const tag = (s, ...v) => s.raw.join('|') + v.join(',');
  console.log(tag`x${await 1}y${2}z`);
}
main();
