async function main() {
  const C = class { static [await 'sm']() { return 'static'; } [await 'm']() { return 'inst'; } };
  console.log(C.sm(), new C().m());
  const key = await Promise.resolve('k');
  const o = { get [key]() { return 'got'; } };
  console.log(o.k);
  console.log(await (async () => { return await (async () => 'deep')(); })());
}
main();
