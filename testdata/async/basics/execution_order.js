async function foo() {
  console.log('foo start (sync)');
  const x = await bar();
  console.log('foo resumed with', x);
  return x * 2;
}
async function bar() {
  console.log('bar runs (sync)');
  return 21;
}
console.log('before foo');
foo().then(v => console.log('foo result', v));
console.log('after foo call');
