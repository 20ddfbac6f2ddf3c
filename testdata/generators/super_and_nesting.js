class A { m() { return 'A.m'; } static s() { return 'A.s'; } }
class B extends A { *g() { yield super.m(); yield* [super.m() + '!']; } async *ag() { yield super.m(); } static *sg() { yield super.s(); } }
console.log([...new B().g()], [...B.sg()]);
new B().ag().next().then(console.log);
const o = { __proto__: { hi() { return 'proto hi'; } }, *g() { yield super.hi(); } };
console.log(o.g().next().value);
async function outer() { function* inner() { yield 1; yield 2; } let s = 0; for (const x of inner()) s += await x; return s; }
outer().then(v => console.log('outer', v));
function* withArrow() { const f = async () => { await null; return 'arrow'; }; yield f(); }
withArrow().next().value.then(console.log);
