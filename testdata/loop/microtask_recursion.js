let n = 0;
function again() {
  n++;
  if (n < 1000) queueMicrotask(again);
  else console.log('microtasks drained', n);
}
queueMicrotask(again);
setTimeout(() => console.log('timer after', n, 'microtasks'), 0);
