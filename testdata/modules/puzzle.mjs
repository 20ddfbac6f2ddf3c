// DESIGN.md's ordering puzzle, run as an ES module: the nextTick callback
// now runs after the promise jobs the module queued.
async function a1() { console.log('a1 start'); await a2(); console.log('a1 end'); }
async function a2() { console.log('a2'); }
async function r() { return Promise.resolve('r'); }
console.log('script start');
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('nextTick'));
a1();
r().then(v => console.log('returned', v));
new Promise(res => { console.log('p1'); res(); })
  .then(() => console.log('then1')).then(() => console.log('then2'))
  .then(() => console.log('then3')).then(() => console.log('then4'));
queueMicrotask(() => console.log('qm'));
(async () => { console.log('awaited', await { then(res) { console.log('thenable.then'); res('T'); } }); })();
console.log('script end');
