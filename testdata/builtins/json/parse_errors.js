// JSON.parse syntax errors carry V8's messages.
const inputs = [
  '', ' ', '{', '}', '[1,]', '{"a":1,}', "{'a':1}", '{a:1}', '[1 2]', 'undefined', 'NaN', '01', '1.', '.5', '+1',
  '"abc', '"\\x41"', '"\t"', 'tru', 'nul', '[', '{"a"}', '{"a" 1}', '1 2', '"\\u12"', '-', '--1', '1e', '[1,,2]',
  '{"a":1}x', '\u00a0[]', '[] // comment', 'Infinity', '"\\ud800"', '{"a":[}',
];
for (const s of inputs) {
  try {
    const v = JSON.parse(s);
    console.log('ok', JSON.stringify(s), JSON.stringify(v));
  } catch (e) {
    console.log(e.constructor.name + ':', e.message);
  }
}
try { JSON.parse('{"a":1', (k, v) => v); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse(undefined); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse(null); console.log('null parses'); } catch (e) { console.log(e.name, e.message); }
try { JSON.parse('x'.repeat(100)); } catch (e) { console.log(e.message); }
try { JSON.parse('{"key": "value", "other": [1, 2, 3, oops]}'); } catch (e) { console.log(e.message); }
