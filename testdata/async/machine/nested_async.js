async function leaf(n) { await null; return n * 2; }
async function mid(n) { const a = await leaf(n); const b = await leaf(a); return a + b; }
async function top() {
  const results = [];
  for (let i = 1; i <= 3; i++) results.push(await mid(i));
  const par = await Promise.all([1, 2, 3].map(mid));
  return [results, par];
}
top().then(r => console.log(JSON.stringify(r)));
async function counter() {
  let count = 0;
  const incs = [1, 2, 3].map(async (x) => { await null; count += x; return count; });
  console.log(await Promise.all(incs), count);
}
counter();
