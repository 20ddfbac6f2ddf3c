const check = async x => { await null; return x > 5; };
async function classify(n) {
  if (await check(n)) {
    return 'big';
  } else if (n === await Promise.resolve(5)) {
    return 'five';
  }
  switch (await Promise.resolve(n % 3)) {
    case 0: return 'div3';
    case await Promise.resolve(1): return 'rem1';
    default: return 'rem2';
  }
}
Promise.all([10, 5, 3, 4, 2].map(classify)).then(r => console.log(r));
