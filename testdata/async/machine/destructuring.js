async function main() {
  const { a = await 1, b: [c = await 2, d] = [undefined, await 3] } = {};
  console.log(a, c, d);
  let [x, y = await Promise.resolve('dy')] = [await 'x'];
  console.log(x, y);
  ({ x, y = await 'late' } = { x: 'X' });
  console.log(x, y);
  const { [await 'key']: val } = { key: 'v' };
  console.log(val);
  for (const [i, j = await i * 2] of [[1], [2, 3]]) console.log(i, j);
}
main();
