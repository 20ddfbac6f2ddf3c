const early = setTimeout(() => console.log('unref 10ms timer runs: other timers keep the loop alive'), 10);
early.unref();
setTimeout(() => {
  console.log('unref timer runs (kept alive by the 40ms timer)');
  setTimeout(() => console.log('ref timer created by an unref timer keeps the loop alive'), 80);
  const inner = setTimeout(() => console.log('never: unref timer created by an unref timer'), 1000);
  inner.unref();
}, 20).unref();
setTimeout(() => console.log('40ms ref timer'), 40);
const both = [setTimeout(() => console.log('unref and ref timers with equal delay both run: unref'), 60), setTimeout(() => console.log('unref and ref timers with equal delay both run: ref'), 60)];
both[0].unref();
Promise.resolve().then(() => {
  console.log('unref returns the timer itself:', early.unref() === early, early.ref() === early);
  early.unref();
});
process.on('exit', () => console.log('exit'));
