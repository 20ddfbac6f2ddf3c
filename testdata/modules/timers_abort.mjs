// AbortSignal support of timers/promises: an aborted signal rejects at once,
// an abort while waiting cancels the timer and rejects with node's AbortError.
import { setTimeout as sleep, setImmediate as immediate } from 'node:timers/promises';
const describe = (e) => [e.name, e.message, e.code, e instanceof Error, Object.keys(e)];
const ac = new AbortController();
const pending = sleep(1000, 'never', { signal: ac.signal });
setTimeout(() => ac.abort(), 20);
try {
  await pending;
} catch (e) {
  console.log(describe(e), e.cause.name);
}
const already = new AbortController();
already.abort('the reason');
try {
  await sleep(10, 'x', { signal: already.signal });
} catch (e) {
  console.log(describe(e), e.cause);
}
try {
  await immediate('x', { signal: already.signal });
} catch (e) {
  console.log('immediate', e.name, e.cause);
}
const unused = new AbortController();
console.log(await sleep(20, 'not aborted', { signal: unused.signal }));
unused.abort();
console.log('abort after settling is harmless');
const early = new AbortController();
const im = immediate('y', { signal: early.signal });
early.abort(new Error('custom'));
try {
  await im;
} catch (e) {
  console.log('immediate aborted', e.name, e.cause.message);
}
