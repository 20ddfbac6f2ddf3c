const seen = [];
const v = (x) => { seen.push(x); return x; };
async function main() {
  console.log(v(0) && await v(1));
  console.log(v(2) && await v(3));
  console.log(v(0) || await v(4));
  console.log(v(5) || await v(6));
  console.log(v(null) ?? await v(7));
  console.log(v(8) ?? await v(9));
  console.log(v(true) ? await v('yes') : await v('no'));
  console.log(v(false) ? await v('yes2') : await v('no2'));
  let a = null; a ??= await 'filled'; console.log(a);
  let b = 1; b &&= await 'and'; console.log(b);
  console.log(seen.join(' '));
}
main();
