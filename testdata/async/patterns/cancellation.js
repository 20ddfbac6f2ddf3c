const sleep = (ms, signal) => new Promise((resolve, reject) => {
  const id = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => { clearTimeout(id); reject(signal.reason); }, { once: true });
});
async function longTask(signal, onProgress) {
  for (let step = 1; step <= 10; step++) {
    if (signal.aborted) throw new Error('cancelled before step ' + step);
    await sleep(5, signal);
    console.log('completed step', step);
    onProgress(step);
  }
  return 'finished';
}
// The user cancels while step 3 is in flight: its timer is cleared and the task rejects.
const controller = new AbortController();
const progress = step => {
  if (step === 2) setTimeout(() => controller.abort(new Error('user cancelled')), 1);
};
longTask(controller.signal, progress).then(console.log, e => console.log('task ended:', e.message));
// A signal aborted up front stops the task before its first step.
const early = new AbortController();
early.abort();
longTask(early.signal, () => {}).catch(e => console.log('early:', e.message));
console.log('aborted flags', controller.signal.aborted, early.signal.aborted, early.signal.reason.name);
