let n = 0;
const keeper = setTimeout(() => console.log('never: keeper is cleared'), 5000);
const iv = setInterval(() => {
  n++;
  console.log('unref interval run', n);
  if (n === 3) {
    console.log('clearing the only ref timer');
    clearTimeout(keeper);
  }
}, 20);
iv.unref();
process.on('exit', () => console.log('exit after', n, 'runs'));
