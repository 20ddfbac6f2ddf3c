queueMicrotask(() => console.log('microtask 1'));
queueMicrotask(() => {
  console.log('microtask 2 throws');
  throw new Error('microtask failure');
});
queueMicrotask(() => console.log('microtask 3 still runs? no: process dies'));
