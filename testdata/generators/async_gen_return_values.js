// What an async generator's return gives: a returned promise is awaited (a
// rejected one throws at the return, inside try/catch), return await in
// finally, a thenable, and return values seen through yield*.
async function* a() {
  return Promise.resolve('resolved return');
}
async function* b() {
  try {
    return Promise.reject(new Error('rejected return'));
  } catch (e) {
    yield 'caught ' + e.message;
  }
}
async function* c() {
  try {
    yield 1;
  } finally {
    return await new Promise((r) => setTimeout(() => r('from finally'), 20));
  }
}
async function* d() {
  return { then(res) { res('thenable'); } };
}
async function* e() {
  const r1 = yield* a();
  const r2 = yield* d();
  yield [r1, r2];
}
(async () => {
  console.log(await a().next());
  const gb = b();
  console.log(await gb.next(), await gb.next());
  const gc = c();
  console.log(await gc.next());
  console.log(await gc.return('ignored'));
  console.log(await d().next());
  for await (const v of e()) console.log(v);
  const gc2 = c();
  const all = [];
  for await (const v of gc2) all.push(v);
  console.log(all, await gc2.next());
})();
