const nested = new Map([
  ['config', { debug: true, level: 3 }],
  ['list', [1, 2, 3]],
  ['set', new Set(['x', 'y'])],
  [{ complex: 'key' }, new Map([['inner', new Map([['deep', 1]])]])],
]);
console.log(nested);
console.log(new Set(), new Map(), new Set([[1, 2], { a: 1 }]));
console.log(new Map([[1, 'a'], [2, 'b']]).entries(), new Set([5, 6]).values());
const big = new Set(Array.from({ length: 30 }, (_, i) => i * 3));
console.log(big);
console.log({ m: new Map([['k', new Map([['k2', new Map([['k3', 'v']])]])]]) });
