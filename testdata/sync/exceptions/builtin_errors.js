const cases = [
  () => null.prop,
  () => undefined(),
  () => notDefined,
  () => (1).toFixed(200),
  () => new Array(-1),
  () => 'x'.repeat(-1),
  () => JSON.parse('{'),
  () => decodeURIComponent('%'),
  () => Symbol() + '',
  () => ({}).x.y,
  () => { const c = 1; c = 2; },
  () => BigInt(1.5),
  () => { class A { #p; static get(o) { return o.#p; } } return A.get({}); },
  () => [].at.call(null),
  () => new Set().add.call([]),
];
for (const c of cases) {
  try {
    c();
    console.log('no error');
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
