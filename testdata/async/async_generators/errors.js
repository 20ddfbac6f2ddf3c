// Errors in async generators: thrown, awaited rejections, finally ordering.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function* failing() {
  try {
    yield 1;
    await sleep(1);
    throw new TypeError('bad thing');
  } finally {
    console.log('failing finally');
    await sleep(1);
    console.log('finally after await');
  }
}
async function* rejects() { yield await Promise.reject(new Error('awaited rejection')); }
async function* yieldsRejection() { try { yield Promise.reject(new Error('yielded rejection')); } catch (e) { console.log('caught inside:', e.message); yield 'recovered'; } }
(async () => {
  try { for await (const v of failing()) console.log('v', v); } catch (e) { console.log(e.name, e.message); }
  try { await rejects().next(); } catch (e) { console.log(e.message); }
  for await (const v of yieldsRejection()) console.log('got', v);
  const it = failing(); await it.next();
  console.log(await it.return('R'));
  async function* returnsRejection() { return Promise.reject(new Error('return rejected')); }
  try { await returnsRejection().next(); } catch (e) { console.log(e.message); }
  async function* catchReturn() { try { yield 1; } catch (e) { console.log('never'); } finally { console.log('cleanup on return'); } }
  const c = catchReturn(); await c.next();
  console.log(await c.return(Promise.resolve('resolved return')));
  const d = catchReturn(); await d.next();
  try { await d.return(Promise.reject(new Error('rejected return'))); } catch (e) { console.log('return rejection thrown into body:', e.message); }
})();
