let depth = 0;
function tick() {
  if (depth++ < 5) {
    console.log('tick', depth);
    process.nextTick(tick);
  }
}
process.nextTick(tick);
Promise.resolve().then(() => console.log('promise after all ticks'));
process.nextTick((a, b) => console.log('args', a, b), 'x', 'y');
