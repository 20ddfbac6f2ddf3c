const key = 'dynamic';
const x = 1, y = 2;
const obj = {
  x, y,
  [key]: 'computed',
  [`${key}2`]: 'computed too',
  'quoted-key': true,
  42: 'number key',
  method() { return this.x + this.y; },
  nested: { deep: { deeper: [1, 2, { deepest: true }] } },
};
console.log(obj);
console.log(obj.method(), obj['quoted-key'], obj[42], obj['42'], obj.dynamic2);
const spread = { ...obj, x: 100, extra: 'yes' };
console.log(Object.keys(spread));
console.log({ a: 1, ...null, ...undefined, ...'hi', ...[9] });
