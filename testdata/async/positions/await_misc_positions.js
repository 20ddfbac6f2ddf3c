const v = x => new Promise(r => setTimeout(() => r(x), 1));
class Box { constructor(a, b) { this.sum = a + b; } }
async function main() {
  console.log(new Box(await v(1), await v(2)).sum);
  console.log((await v(Math.max))(3, 7), (await v({ k: 'member' })).k, (await v([1, 2]))[1]);
  console.log(Math.min(...(await v([4, 2, 8]))), [...(await v('ab'))]);
  console.log(typeof await v(1), -(await v(5)), !(await v(0)), ~(await v(1)), +(await v('3')));
  console.log((await v([])) instanceof Array, 'k' in (await v({ k: 1 })), (await v(null))?.x);
  const tag = (s, ...vals) => s.raw.join('|') + vals.join(',');
  console.log(tag`a${await v(1)}b${await v(2)}c`);
  console.log((await v(1), await v(2)));
  const fns = { async m() { return 'method' } };
  console.log(await fns.m(), await (await v(async () => 'nested async'))());
  let count = 0;
  const arr = [0, 0, 0];
  arr[await v(1)] += await v(5);
  count += await v(2);
  console.log(arr, count);
  const obj = { a: { b: 1 } };
  delete (await v(obj)).a.b;
  console.log(obj);
}
main();
