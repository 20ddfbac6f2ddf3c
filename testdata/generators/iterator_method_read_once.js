// Every consumer reads a value's @@iterator (or @@asyncIterator, then
// @@iterator) once, then calls what it read.
let n = 0;
const o = { get [Symbol.iterator]() { n++; return function* () { yield ['k', 1]; }; } };
const report = (label, f) => { n = 0; try { f(); } catch (e) { console.log(label, 'threw', e.message); } console.log(label, n); };
report('spread', () => [...o]);
report('call spread', () => Math.max(...o));
report('destructure', () => { const [a] = o; });
report('for-of', () => { for (const x of o); });
report('Map', () => new Map(o));
report('Set', () => new Set(o));
report('WeakMap', () => { try { new WeakMap(o); } catch {} });
report('Object.fromEntries', () => Object.fromEntries(o));
report('yield*', () => [...(function* () { yield* o; })()]);
report('Promise.all', () => Promise.all(o));
report('Promise.race', () => Promise.race(o));
report('Promise.allSettled', () => Promise.allSettled(o));
report('Promise.any', () => Promise.any(o));
(async () => {
  n = 0; for await (const x of o); console.log('for await', n);
  n = 0; for await (const x of (async function* () { yield* o; })()); console.log('async yield*', n);
})();
