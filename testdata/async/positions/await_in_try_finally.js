const tick = v => Promise.resolve(v);
async function f(mode) {
  const log = [];
  try {
    log.push(await tick('try'));
    if (mode === 'throw') throw new Error('thrown');
    if (mode === 'return') return log.concat(await tick('returned'));
    log.push('try end');
  } catch (e) {
    log.push(await tick('catch ' + e.message));
  } finally {
    log.push(await tick('finally'));
    if (mode === 'override') return ['finally override'];
  }
  return log;
}
(async () => {
  for (const m of ['normal', 'throw', 'return', 'override']) console.log(m, await f(m));
})();
