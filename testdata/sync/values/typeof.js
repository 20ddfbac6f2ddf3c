class K {}
function f() {}
const samples = [1, 'a', true, undefined, null, {}, [], f, K, () => 1, Symbol(), 1n, new Map(), /x/, Math, JSON, async function () {}, function* () {}];
console.log(samples.map(x => typeof x).join(' '));
console.log(typeof undeclaredVariable, typeof typeof 1);
console.log(Array.isArray([]), Array.isArray({ length: 0 }));
