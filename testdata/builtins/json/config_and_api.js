// Everyday JSON: config merging, API payloads, NDJSON lines, safe parsing.
const defaults = '{"port":8080,"host":"localhost","features":{"auth":true,"cache":false},"tags":["a"]}';
const override = '{"port":9090,"features":{"cache":true},"tags":["b","c"]}';
function merge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && typeof a[k] === 'object' ? merge(a[k], v) : v;
  }
  return out;
}
const config = merge(JSON.parse(defaults), JSON.parse(override));
console.log(JSON.stringify(config, null, 2));
function safeParse(text, fallback) {
  try { return JSON.parse(text); } catch (e) { return { error: e.message, fallback }; }
}
console.log(safeParse('{"ok":true}'), safeParse('{oops}', null), safeParse('', 0));
const ndjson = '{"level":"info","msg":"start"}\n{"level":"warn","msg":"slow","ms":1200}\n\n{"level":"error","msg":"fail"}\n';
const records = ndjson.split('\n').filter(Boolean).map(line => JSON.parse(line));
console.log(records.length, records.filter(r => r.level !== 'info').map(r => r.msg));
console.log(records.map(r => JSON.stringify(r)).join('\n'));
const payload = { user: { id: 42, email: 'a@b.c', password: 'hunter2' }, items: [{ sku: 'x1', price: 10.5 }, { sku: 'y2', price: 3 }] };
const redacted = JSON.stringify(payload, (k, v) => (k === 'password' ? '[redacted]' : v));
console.log(redacted);
const total = JSON.parse(redacted).items.reduce((s, i) => s + i.price, 0);
console.log(total.toFixed(2));
const size = JSON.stringify(payload).length;
console.log(size);
const escaped = JSON.stringify({ html: '<script>alert("x")</script>', path: 'C:\\dir\\file' });
console.log(escaped, JSON.parse(escaped).path);
const sortedKeys = obj => JSON.stringify(obj, Object.keys(obj).sort());
console.log(sortedKeys({ b: 2, a: 1, c: { z: 1, y: 2 } }));
const canonical = v => (Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map(k => [k, canonical(v[k])])) : v);
console.log(JSON.stringify(canonical({ b: [{ d: 1, c: 2 }], a: null })));
