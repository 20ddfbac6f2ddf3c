class Box { constructor(v) { this.v = v; } get() { return this.v; } }
async function main() {
  const b = new Box(await 41);
  console.log(b.v + 1);
  const B = await Box;
  console.log(new B(await 'z').get());
  const o = { f(x) { return 'f' + x; } };
  console.log(o.f?.(await 1), o.g?.(await 2), o?.f(await 3));
  const n = null;
  console.log(n?.f(await 4));
  console.log((await o).f(5));
}
main();
