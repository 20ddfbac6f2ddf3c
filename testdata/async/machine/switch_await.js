async function pick(x) {
  switch (await x) {
    case await 'a': return 'A';
    case 'b': { const r = await 'B'; return r; }
    case (await 'c'): console.log('c falls');
    case 'd': return 'D';
    default: return 'other:' + x;
  }
}
async function main() {
  for (const x of ['a', 'b', 'c', 'd', 'e']) console.log(await pick(x));
}
main();
