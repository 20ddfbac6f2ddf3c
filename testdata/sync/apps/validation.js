const schema = {
  name: { type: 'string', required: true, min: 2 },
  age: { type: 'number', min: 0, max: 150 },
  email: { type: 'string', pattern: /^[^@\s]+@[^@\s]+\.\w+$/ },
  tags: { type: 'array', of: 'string' },
};
function validate(obj, schema) {
  const errors = [];
  for (const [field, rule] of Object.entries(schema)) {
    const v = obj[field];
    if (v === undefined) { if (rule.required) errors.push(`${field} is required`); continue; }
    const actual = Array.isArray(v) ? 'array' : typeof v;
    if (actual !== rule.type) { errors.push(`${field} should be ${rule.type}, got ${actual}`); continue; }
    if (rule.min !== undefined && (typeof v === 'string' ? v.length : v) < rule.min) errors.push(`${field} too small`);
    if (rule.max !== undefined && v > rule.max) errors.push(`${field} too large`);
    if (rule.pattern && !rule.pattern.test(v)) errors.push(`${field} is malformed`);
    if (rule.of && v.some((x) => typeof x !== rule.of)) errors.push(`${field} items should be ${rule.of}`);
  }
  const extra = Object.keys(obj).filter((k) => !(k in schema));
  if (extra.length) errors.push(`unknown: ${extra.join(', ')}`);
  return { valid: errors.length === 0, errors };
}
const inputs = [
  { name: 'Ada', age: 36, email: 'ada@example.com', tags: ['math'] },
  { name: 'X', age: -1, email: 'nope' },
  { age: '12', tags: ['a', 2], extra: true },
  {},
];
for (const i of inputs) console.log(validate(i, schema));
const strict = new Proxy({}, {
  set(t, k, v) { if (typeof v !== 'number') throw new TypeError(`${String(k)} must be a number`); t[k] = v; return true; },
  get(t, k) { return k in t ? t[k] : 0; },
});
strict.a = 1;
try { strict.b = 'two'; } catch (e) { console.log(e.message); }
console.log(strict.a, strict.zzz, Object.keys(strict));
console.log(schema);
