let ticks = 0;
function spin() {
  if (++ticks < 100) process.nextTick(spin);
}
spin();
Promise.resolve().then(() => console.log('promise ran after', ticks, 'ticks'));
setImmediate(() => console.log('immediate ran after', ticks, 'ticks'));
