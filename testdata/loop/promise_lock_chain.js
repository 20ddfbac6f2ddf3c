let tail = Promise.resolve();
function withLock(name, work) {
  const run = tail.then(async () => {
    console.log(name, 'acquired');
    const v = await work();
    console.log(name, 'releasing');
    return v;
  });
  tail = run.catch(() => {});
  return run;
}
withLock('A', () => new Promise(r => setTimeout(() => r('A done'), 20))).then(console.log);
withLock('B', async () => { throw new Error('B failed'); }).catch(e => console.log('B rejected:', e.message));
withLock('C', () => 'C done').then(console.log);
setImmediate(() => withLock('D', () => Promise.resolve('D done')).then(console.log));
console.log('all requested');
