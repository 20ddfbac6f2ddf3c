// Indentation across nesting levels and the empty-container rules.
const v = { a: [], b: {}, c: [[]], d: [{}], e: { f: { g: [1, { h: [] }] } }, i: 'str', j: [null, true] };
for (const space of [2, 4, '  ', '→', 0, 11, '12345678901']) {
  console.log(`--- ${JSON.stringify(space)}`);
  console.log(JSON.stringify(v, null, space));
}
console.log(JSON.stringify([undefined, () => 1], null, 2), JSON.stringify({ u: undefined }, null, 2));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, ['b'], 1));
console.log(JSON.stringify([], null, 2), JSON.stringify({}, null, 2), JSON.stringify('top', null, 2), JSON.stringify(1, null, 2));
