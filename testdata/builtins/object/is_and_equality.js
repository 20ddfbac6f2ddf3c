// Object.is versus === and SameValueZero, as used by Map, includes and indexOf.
const values = [0, -0, NaN, null, undefined, '', '0', false, 0n];
const rows = [];
for (const a of values) {
  rows.push(values.map(b => (Object.is(a, b) ? 'is' : a === b ? '==' : '.')).join(' '));
}
console.log(rows.join('\n'));
console.log([NaN].includes(NaN), [NaN].indexOf(NaN), [-0].includes(0), [0].indexOf(-0), new Set([0]).has(-0));
console.log(Object.is(), Object.is(undefined), Object.is({}, {}), Object.is('a', 'a'), Object.is(1n, 1n));
const o = {};
console.log(Object.is(o, o), Object.is(Symbol.for('x'), Symbol.for('x')), Object.is(Symbol('x'), Symbol('x')));
console.log(Object.is(1 / Infinity, -1 / Infinity), Object.is(-0 + 0, 0), Object.is(Math.round(-0.4), -0), Object.is(0 * -1, -0));
// -0 prints as -0 in console.log but '0' as a string.
console.log(-0, [-0], String(-0), `${-0}`, JSON.stringify(-0), (-0).toFixed(1), { z: -0 });
// A tiny deep-equal built on Object.is.
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Reflect.ownKeys(a), kb = Reflect.ownKeys(b);
  return ka.length === kb.length && ka.every(k => deepEqual(a[k], b[k]));
}
console.log(deepEqual({ a: [1, NaN] }, { a: [1, NaN] }), deepEqual({ a: 0 }, { a: -0 }), deepEqual([1, 2], { 0: 1, 1: 2, length: 2 }));
console.log(Object.is.length, Object.is.name);
