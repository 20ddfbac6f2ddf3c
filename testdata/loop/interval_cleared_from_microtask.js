let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  Promise.resolve().then(() => {
    if (n === 3) {
      clearInterval(id);
      console.log('cleared in microtask after run', n);
      setTimeout(() => console.log('100ms later the interval has not run again, n =', n), 100);
    }
  });
  process.nextTick(() => console.log('tick after interval', n));
}, 20);
const id2 = setInterval(() => console.log('never: cleared by a tick before first run'), 10);
process.nextTick(() => clearInterval(id2));
