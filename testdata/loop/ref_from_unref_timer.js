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
  const t = setTimeout(() => console.log('unref 10ms timer from a microtask runs: other timers keep the loop alive'), 10);
  t.unref();
  console.log('unref returns the timer itself:', t.unref() === t, t.ref() === t);
  t.unref();
});
process.on('exit', () => console.log('exit'));
