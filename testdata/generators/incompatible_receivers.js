// next/return/throw of generator prototypes called on the wrong receiver:
// generators throw a TypeError, async generators reject with one; every kind
// of primitive (symbols too) and foreign objects are named in the message.
function* g() {}
async function* ag() {}
const G = Object.getPrototypeOf(g.prototype);
const AG = Object.getPrototypeOf(ag.prototype);
const receivers = [undefined, null, 1, 'str', true, Symbol('sym'), 10n, {}, [], g, ag.prototype, ag()];
for (const m of ['next', 'return', 'throw']) {
  for (const r of receivers) {
    try {
      G[m].call(r);
      console.log(m, 'no error');
    } catch (e) {
      console.log(e.constructor.name, e.message);
    }
  }
}
(async () => {
  for (const m of ['next', 'return', 'throw']) {
    for (const r of [...receivers.slice(0, -1), g()]) {
      const p = AG[m].call(r);
      console.log(p instanceof Promise);
      await p.then(
        () => console.log(m, 'fulfilled'),
        (e) => console.log(e.constructor.name, e.message),
      );
    }
  }
})();
