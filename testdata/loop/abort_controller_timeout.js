function cancellableSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve('slept ' + ms), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    }, { once: true });
  });
}
const ac = new AbortController();
cancellableSleep(1000, ac.signal).then(console.log, e => console.log('aborted:', e.name, e.message));
const ac2 = new AbortController();
cancellableSleep(20, ac2.signal).then(v => console.log('not aborted:', v));
setTimeout(() => {
  console.log('aborting at 40ms');
  ac.abort();
  console.log('aborted flag:', ac.signal.aborted);
}, 40);
