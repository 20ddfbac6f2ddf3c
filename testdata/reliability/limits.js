// Huge strings and arrays fail with node's RangeError; deeply nested JSON
// throws instead of overflowing.
function show(label, f) {
  try { const r = f(); console.log(label, 'ok', typeof r === 'string' ? r.length : r); }
  catch (e) { console.log(label, e.name + ': ' + e.message); }
}
show('repeat', () => 'x'.repeat(2 ** 30));
show('repeat inf', () => 'x'.repeat(Infinity));
show('padStart', () => ''.padStart(2 ** 30, 'ab'));
show('concat doubling', () => { let s = 'x'; for (let i = 0; i < 40; i++) s += s; return s; });
show('array length', () => { const a = []; a.length = 2 ** 32; });
show('array push past max', () => { const a = []; a.length = 2 ** 32 - 1; a.push(1); });
show('Array.from huge', () => Array.from({ length: 2 ** 32 }));
show('ArrayBuffer', () => new ArrayBuffer(2 ** 53));
const deepArr = '['.repeat(100000) + ']'.repeat(100000);
show('JSON.parse deep', () => JSON.parse(deepArr));
const deepObj = '{"a":'.repeat(100000) + '1' + '}'.repeat(100000);
show('JSON.parse deep object', () => JSON.parse(deepObj));
let nested = [];
for (let i = 0; i < 100000; i++) nested = [nested];
show('JSON.stringify deep', () => JSON.stringify(nested));
show('inspect deep', () => { console.log(nested); return 'fine'; });
show('String deep', () => String(nested));
show('JSON ok', () => JSON.stringify(JSON.parse('['.repeat(1000) + ']'.repeat(1000))));
show('reviver deep', () => JSON.parse('['.repeat(1e5) + ']'.repeat(1e5), (k, v) => v));
show('proxy chain', () => { let p = {}; for (let i = 0; i < 1e5; i++) p = new Proxy(p, {}); return p.x; });
show('proto chain', () => { let o = {}; for (let i = 0; i < 1e5; i++) o = Object.create(o); return o.x; });
show('object chain', () => { let o = {}; for (let i = 0; i < 1e5; i++) o = { o }; return JSON.stringify(o); });
