// A for-of or for await head's let/const names are in their dead zone while
// the iterable expression runs: a closure made there sees the dead zone
// forever, while closures made in the pattern and body see each iteration's
// bindings.
let x = 'outside';
var probeDecl, probeExpr, probeBody;
for (let [x, _ = (probeDecl = function () { return x; })] of ((probeExpr = function () { typeof x; }), [['inside']]))
  probeBody = function () { return x; };
try {
  probeExpr();
} catch (e) {
  console.log(e.name, e.message);
}
console.log(probeDecl(), probeBody(), x);
try {
  for (const y of [y]);
} catch (e) {
  console.log(e.name, e.message);
}
const fs = [];
for (const { v, w = () => v } of ((fs.push(() => typeof v)), [{ v: 1 }, { v: 2 }])) fs.push(w);
console.log(fs.slice(1).map((f) => f()));
try {
  fs[0]();
} catch (e) {
  console.log(e.name, e.message);
}
(async () => {
  let probe;
  for await (const z of ((probe = () => z), [Promise.resolve('z1')])) console.log(z);
  try {
    probe();
  } catch (e) {
    console.log('async', e.name, e.message);
  }
})();
