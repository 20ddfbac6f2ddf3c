const v = x => Promise.resolve(x);
async function main() {
  console.log((await v(2)) * (await v(3)) + (await v(4)));
  console.log(`template ${await v('value')} and ${await v(1) + 1}`);
  console.log([await v('a'), ...(await v(['b', 'c']))]);
  console.log(await v(true) ? 'ternary yes' : 'no', (await v(null)) ?? 'nullish');
  console.log(Math.max(await v(1), await v(9), await v(5)));
  const o = { k: await v('val') };
  o[await v('dyn')] = await v('dynamic');
  console.log(o);
  let n = 1;
  n += await v(10);
  console.log(n, typeof await v(1), !(await v(false)));
  console.log(await v(1) && await v('and'), await v(0) || await v('or'));
}
main();
