const t1 = setTimeout((a, b) => console.log('args:', a, b), 5, 'first', 'second');
const t2 = setTimeout(() => console.log('cleared - never printed'), 5);
clearTimeout(t2);
clearTimeout(undefined);
clearTimeout(12345);
let count = 0;
const iv = setInterval(() => {
  count++;
  console.log('interval', count);
  if (count === 3) {
    clearInterval(iv);
    console.log('interval cleared');
  }
}, 5);
console.log(typeof t1, typeof t1.ref, typeof t1.unref, t1.hasRef());
