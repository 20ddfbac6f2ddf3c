let x = 'outer';
{
  let x = 'block';
  console.log(x);
  {
    const x = 'inner';
    console.log(x);
  }
}
console.log(x);
if (true) {
  var leaked = 'var leaks';
  let contained = 'let stays';
}
console.log(leaked, typeof contained);
for (var v = 0; v < 2; v++) {}
for (let l = 0; l < 2; l++) {}
console.log(v, typeof l);
try { throw 1; } catch (x) { console.log('catch x', x); }
console.log(x);
