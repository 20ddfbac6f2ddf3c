// Awaits in loops, switch, try/catch/finally and for await at the top level.
const sleep = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
let total = 0;
for (let i = 0; i < 3; i++) {
  total += await Promise.resolve(i);
  console.log('loop', i, total);
}
let n = 0;
while (n < 2) {
  n = await (n + 1);
}
console.log('while', n);
switch (await 'b') {
  case 'a':
    console.log('a');
    break;
  case 'b':
    console.log('b', await 'in case');
}
try {
  await Promise.reject(new Error('caught'));
} catch (e) {
  console.log('catch', e.message, await 'in catch');
} finally {
  console.log('finally', await sleep(20, 'slept'));
}
async function* gen() {
  yield 1;
  yield await sleep(20, 2);
  yield 3;
}
for await (const v of gen()) {
  console.log('for await', v);
}
label: for (const x of [1, 2, 3]) {
  for (const y of [1, 2]) {
    if (await (x * y) === 4) break label;
    console.log('pair', x, y);
  }
}
console.log('done');
