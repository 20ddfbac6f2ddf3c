const fns = [];
{
  let a = 1;
  fns.push(() => a);
  a = 2;
}
{
  let a = 10;
  fns.push(() => a);
}
console.log(fns.map(f => f()));
switch (1) {
  case 1: {
    let inCase = 'case scoped';
    fns.push(() => inCase);
  }
}
console.log(fns[2]());
