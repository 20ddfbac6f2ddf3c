// Revivers that migrate and validate data while it is parsed.
const stored = '{"version":1,"items":[{"id":"1","price":"9.50","tags":"a,b"},{"id":"2","price":"12","tags":""}],"updated":"2022-03-04T05:06:07Z"}';
const migrated = JSON.parse(stored, function (key, value) {
  if (key === 'id') return Number(value);
  if (key === 'price') return Math.round(parseFloat(value) * 100);
  if (key === 'tags') return value ? value.split(',') : [];
  if (key === 'updated') return new Date(value).getTime();
  if (key === 'version') return 2;
  return value;
});
console.log(JSON.stringify(migrated));
const errors = [];
JSON.parse('{"age":-5,"name":"","email":"x@y","nested":{"age":200}}', (k, v) => {
  if (k === 'age' && (v < 0 || v > 150)) errors.push(`age out of range: ${v}`);
  if (k === 'name' && !v) errors.push('name empty');
  return v;
});
console.log(errors);
const paths = [];
JSON.parse('{"a":{"b":[10,{"c":true}]},"d":null}', function (k, v) { paths.push(`${k || '<root>'}:${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}`); return v; });
console.log(paths.join(' '));
const frozen = JSON.parse('{"x":{"y":1}}', (k, v) => (typeof v === 'object' && v !== null ? Object.freeze(v) : v));
console.log(Object.isFrozen(frozen), Object.isFrozen(frozen.x));
const mapped = JSON.parse('{"entries":[["a",1],["b",2]]}', (k, v) => (k === 'entries' ? new Map(v) : v));
console.log(mapped.entries instanceof Map, mapped.entries.get('b'), mapped);
const dropNulls = JSON.parse('[1,null,{"a":null,"b":2},[null]]', (k, v) => (v === null ? undefined : v));
console.log(dropNulls, dropNulls.length, 1 in dropNulls);
let calls = 0;
JSON.parse('[[[[1]]]]', () => { calls++; return 0; });
console.log(calls);
try { JSON.parse('{"a":1}', (k, v) => { if (k === 'a') throw new RangeError('bad a'); return v; }); } catch (e) { console.log(e.constructor.name, e.message); }
