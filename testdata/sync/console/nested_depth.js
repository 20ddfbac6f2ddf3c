const deep = { l1: { l2: { l3: { l4: { l5: 'deep' } } } }, arr: [[[[['deep array']]]]] };
console.log(deep);
console.log([{ a: { b: { c: { d: 1 } } } }]);
console.log({ fn: function named() {}, arrow: () => {}, anon: function () {}, cls: class Foo {}, bound: function f() {}.bind(null) });
console.log([function () {}, async () => {}, function* gen() {}, async function* agen() {}, Math.max]);
