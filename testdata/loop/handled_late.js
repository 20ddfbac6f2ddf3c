const p = Promise.reject(new Error('handled in same tick'));
queueMicrotask(() => {
  p.catch(e => console.log('caught in microtask:', e.message));
});
process.nextTick(() => console.log('tick'));
