let step = 0;
function fromTimer() {
  console.log('timer', ++step);
  if (step < 6) {
    setImmediate(fromImmediate);
    setTimeout(() => console.log('0ms timer queued by timer', step), 0);
  }
}
function fromImmediate() {
  console.log('immediate', ++step);
  process.nextTick(() => console.log('tick in immediate', step));
  setTimeout(fromTimer, 20);
}
setTimeout(fromTimer, 20);
