block: {
  console.log('in block');
  if (true) break block;
  console.log('never printed');
}
console.log('after block');
function check(x) {
  validate: {
    if (typeof x !== 'number') { console.log('not a number'); break validate; }
    if (x < 0) { console.log('negative'); break validate; }
    console.log('valid', x);
  }
  return 'checked ' + x;
}
console.log(check('s'), check(-1), check(5));
