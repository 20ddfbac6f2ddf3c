for (let i = 0; i < 3; i++) {
  queueMicrotask(() => console.log('qm', i));
  Promise.resolve(i).then(v => console.log('then', v)).then(v => console.log('then2', v));
  process.nextTick(() => console.log('tick', i));
}
queueMicrotask(() => {
  console.log('qm nested start');
  queueMicrotask(() => console.log('qm nested inner'));
  process.nextTick(() => console.log('tick from qm'));
});
console.log('sync end');
