function outer() {
  const f = async () => { await null; return [this.name, arguments.length, arguments[0]]; };
  return f();
}
const o = { name: 'obj', outer };
async function withArgs(a, b = 2) {
  await null;
  return [a, b, arguments.length, [...arguments].join('+')];
}
async function main() {
  console.log(await o.outer(7, 8));
  console.log(await withArgs(1));
  console.log(await withArgs(1, 5, 9));
  const bound = (async function () { await 0; return this; }).call('str');
  console.log(typeof await bound);
}
main();
