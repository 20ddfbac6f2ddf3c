// Every kind of for await head, and destructuring of the awaited values.
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function* pairs() { yield [1, 'a']; yield sleep(1, [2, 'b']); }
(async () => {
  for await (const [n, s] of pairs()) console.log('const', n, s);
  for await (let { length } of ['xy', 'z']) { length++; console.log('let', length); }
  var v; for await (v of pairs()) ; console.log('var target', v);
  const o = {}; for await (o.last of [sleep(2, 'p'), 'q']) ; console.log('member', o.last);
  const arr = []; for await ([arr[0], , arr[1] = 'dflt'] of [[1, 2]]) ; console.log(arr);
  const fns = []; for await (const x of [1, 2, 3]) fns.push(() => x); console.log(fns.map(f => f()));
  label: for await (const x of [1, 2, 3]) { for (const y of [1, 2]) { if (x === 2) continue label; if (x === 3) break label; console.log(x, y); } }
  let count = 0; for await (const _ of (async function* () { for (let i = 0; i < 1000; i++) yield i; })()) count++;
  console.log('count', count);
  for await (const x of new Map([['k', Promise.resolve('v')]])) console.log(x);
  for await (const ch of 'hé😀') console.log(ch);
})();
