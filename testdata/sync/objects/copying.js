const original = { name: 'o', list: [1, 2], meta: { created: 1 } };
const shallow = { ...original };
const assigned = Object.assign({}, original);
const deep = JSON.parse(JSON.stringify(original));
const cloned = structuredClone(original);
original.list.push(3);
original.meta.created = 2;
original.name = 'changed';
console.log(shallow, assigned, deep, cloned);
function deepClone(v) {
  if (Array.isArray(v)) return v.map(deepClone);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepClone(x)]));
  return v;
}
const dc = deepClone(original);
original.list.length = 0;
console.log(dc);
