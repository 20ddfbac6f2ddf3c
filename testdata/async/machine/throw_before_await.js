async function early() { throw new Error('early'); }
async function param(x = (() => { throw new Error('param'); })()) { await null; }
async function main() {
  const p = early();
  console.log('still sync', p instanceof Promise);
  try { await p; } catch (e) { console.log('caught', e.message); }
  param().catch(e => console.log('param rejects', e.message));
  const q = (async () => { null.x; })();
  q.catch(e => console.log(e.constructor.name, e.message));
}
main();
console.log('after main');
