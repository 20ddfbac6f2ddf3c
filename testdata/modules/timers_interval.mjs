// timers/promises setInterval: an async iterator of the interval's ticks,
// stopped by break (return) or by an abort.
import { setInterval } from 'node:timers/promises';
let count = 0;
for await (const v of setInterval(20, 'tick')) {
  count++;
  console.log(v, count);
  if (count === 3) break;
}
const ac = new AbortController();
let n = 0;
try {
  for await (const v of setInterval(20, n, { signal: ac.signal })) {
    n++;
    console.log('signal loop', v, n);
    if (n === 2) ac.abort();
  }
} catch (e) {
  console.log(e.name, e.code);
}
const it = setInterval(20, 'manual');
console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
console.log(await it.next());
console.log(await it.return('stopped'));
console.log(await it.next());
