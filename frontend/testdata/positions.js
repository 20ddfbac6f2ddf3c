// Each show() makes node report stack positions; positions_test.go checks that
// every one is a position the frontend records (ECall.CallLoc, ENew, EDot.NameLoc,
// EIndex.BracketLoc, identifiers, tagged templates).
function thrower() { throw new Error("x") }
function show(f) {
  try { f() } catch (e) {
    const frames = e.stack.split("\n").slice(1).filter(l => l.includes("positions.js:"))
    frames.forEach((l, i) => {
      const [, line, col] = l.match(/positions\.js:(\d+):(\d+)/)
      // The first frame of a non-"x" error is the failing access itself.
      console.log((i === 0 && e.message !== "x" ? "access " : "call ") + line + ":" + col)
    })
  }
}
const o = { m: thrower, get p() { return thrower() }, a: [thrower], k: { thrower } };
show(() => o.m());
show(() => o.k.thrower());
show(() => o.a[0]());
show(() => o["m"]());
show(() => o.p);
show(() => o?.m());
show(() => o.m?.());
show(() => o?.k.thrower());
show(() => new thrower());
show(() => new o.m);
show(() => null.x);
show(() => o.zz.yy);
show(() => o.a[5][1]);
show(() => (0, o.m)());
show(() => (o.m)());
show(() => thrower`t`);
show(() => o.k
  .thrower());
show(() => undefinedVar);
show(() => { let q = q; });
show(() => [...o.m()]);
show(() => thrower.call(null));
show(() => thrower()());
show(() => new (class extends Object { constructor() { super(); thrower() } })());
show(() => new (class extends thrower { constructor() { super() } })());
show(() => new (class { static s() { thrower() } }).constructor.s());
show(() => `${o.m()}`);
show(() => o.a.map(x => x()));
show(() => { for (const x of o.zz) ; });
show(() => { const { a: { b } } = o; });
show(() => o.m(1,
  2));
show(() => 1 + o.m());
show(() => o.k.thrower.apply(o, []));
