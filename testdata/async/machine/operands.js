let x = 1;
async function bump() { x += 10; return 5; }
async function main() {
  console.log(x + await bump());
  x = 1;
  console.log(await bump() + x);
  let y = 2;
  y += await 3;
  console.log(y, 2 ** await 3, -(await 4), typeof await 'z', !(await 0));
  console.log((await 1, await 2));
}
main();
