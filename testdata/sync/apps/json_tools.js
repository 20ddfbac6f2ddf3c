const data = { id: 7, name: 'Widget', price: 9.99, tags: ['a', 'b'], created: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), meta: { secret: 'x', nested: { n: 1 } }, nothing: undefined, fn() {}, big: 12345678901234567890 };
const json = JSON.stringify(data, (k, v) => (k === 'secret' ? undefined : v), 2);
console.log(json);
const back = JSON.parse(json, (k, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : v));
console.log(back.created instanceof Date, back.created.getUTCFullYear(), back.created.toISOString(), Object.keys(back));
console.log(JSON.stringify([undefined, function () {}, Symbol('s'), NaN, -0, Infinity]), JSON.stringify({ a: [{ b: 1 }] }, null, '--'), JSON.stringify('he said "hi"\n'), JSON.stringify({ d: new Date(0) }));
console.log(JSON.stringify({ b: 2, a: 1, c: { z: 1, y: 2 } }, ['a', 'c', 'y']), JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set([1])]));
const deepClone = (o) => JSON.parse(JSON.stringify(o));
const orig = { a: [1, { b: 2 }] };
const copy = deepClone(orig);
copy.a[1].b = 99;
console.log(orig.a[1].b, copy.a[1].b, structuredClone(orig).a[1] !== orig.a[1]);
for (const bad of ['{"a":1,}', "{'a':1}", '[1,2', '', 'nul', '{"a":01}']) {
  try { JSON.parse(bad); } catch (e) { console.log(e.name, '|', e.message); }
}
const cyc = { name: 'cyc' };
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.message.split('\n')[0]); }
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, JSON.parse(' [1, "2", {"3": [null, true]}] '), JSON.stringify({ toJSON() { return { replaced: true }; } }));
