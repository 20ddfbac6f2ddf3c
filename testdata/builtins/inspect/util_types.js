// util.types predicates and util.deprecate (its warning goes to stderr and to 'warning' listeners).
const util = require('util');
const { types } = util;
const samples = {
  promise: Promise.resolve(1), thenable: { then() {} }, date: new Date(0), regexp: /x/, map: new Map(), set: new Set(),
  error: new TypeError('t'), errorLike: { name: 'Error', message: 'm' }, typed: new Uint8Array(2), buffer: new ArrayBuffer(2),
  proxy: new Proxy({}, {}), asyncFn: async () => {}, genFn: function* () {}, gen: (function* () {})(), boxed: Object('s'), number: 1,
};
for (const [name, value] of Object.entries(samples)) {
  const hits = Object.keys(types).filter(k => types[k](value));
  console.log(name.padEnd(10), hits.join(', ') || '-');
}
const oldSum = util.deprecate((a, b) => a + b, 'oldSum() is deprecated, use sum()', 'DEP_SUM');
const oldMax = util.deprecate(function oldMax(...xs) { return Math.max(...xs); }, 'oldMax() is deprecated');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
console.log(oldSum(1, 2), oldSum(3, 4), oldMax(1, 9, 3), oldMax(2));
console.log(typeof oldSum, Object.getPrototypeOf(oldMax).name);
