// padStart/padEnd/repeat/trim as used for tables and formatting.
const rows = [['apple', 1.5], ['kiwi', 12], ['watermelon', 0.25]];
for (const [name, price] of rows) {
  console.log('|' + name.padEnd(12, '.') + '|' + price.toFixed(2).padStart(8) + '|');
}
console.log('5'.padStart(3, '0'), '123'.padStart(2, '0'), 'x'.padStart(5, 'ab'), 'x'.padEnd(6, 'abc'));
console.log(JSON.stringify('x'.padStart(4, '')), 'x'.padEnd(3, undefined) + '|', 'x'.padStart(3, null));
console.log('abc'.padStart(NaN), 'abc'.padStart(-5, '*'), 'abc'.padEnd(5.9, '*'));
console.log('-'.repeat(20));
console.log(JSON.stringify('ab'.repeat(0)), 'ab'.repeat(2.7), ''.repeat(1e9).length);
for (const n of [-1, Infinity]) {
  try { 'ab'.repeat(n); } catch (e) { console.log(n, e.name + ': ' + e.message); }
}
try { 'ab'.repeat(2 ** 30); } catch (e) { console.log(e.name + ': ' + e.message); }
const ws = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const t = ws + 'mid dle' + ws;
console.log(JSON.stringify(t.trim()), t.trimStart().length, t.trimEnd().length, t.length);
console.log(JSON.stringify('\u200bzero width\u200b'.trim()), JSON.stringify('\u180ex'.trim()));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name);
const lines = '  first  \n\tsecond\t\n   third'.split('\n').map(l => l.trim());
console.log(lines);
console.log(['a', 'bb', 'ccc'].map(s => s.padStart(4, '-').padEnd(6, '+')).join(' '));
console.log(String.prototype.padStart.length, String.prototype.repeat.length);
console.log(String.prototype.padEnd.call(42, 5, 0), String.prototype.trim.call(true));
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.padStart.call(undefined, 3); } catch (e) { console.log(e.name + ': ' + e.message); }
