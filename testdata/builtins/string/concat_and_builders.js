// Building strings: +=, concat, join, template literals, arrays of parts, very long strings and repeat limits.
let s = '';
for (let i = 0; i < 5; i++) s += i + ',';
console.log(s, s.length, s.slice(0, -1).split(',').map(Number));
const parts = [];
for (const [k, v] of Object.entries({ a: 1, b: 'two', c: null })) parts.push(`${k}=${v}`);
console.log(parts.join('&'), parts.join(), parts.join(undefined), parts.join(null));
const big = 'ab'.repeat(50000);
console.log(big.length, big.slice(-4), big.indexOf('ba'), big.lastIndexOf('ab'), big.split('a').length, big.replaceAll('ab', 'c').length);
const table = [['id', 'name'], [1, 'Ann'], [22, 'Bob']];
const widths = table[0].map((_, i) => Math.max(...table.map(r => String(r[i]).length)));
console.log(table.map(r => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')).join('\n'));
console.log('a' + 1 + 2, 1 + 2 + 'a', 'a' + (1 + 2), 'x' + [1, 2] + {}, `${1}${[]}${null}`, 'a'.concat(1).concat([2, 3]));
const surrogateJoin = '\ud83d' + '\ude00';
console.log(surrogateJoin === '😀', surrogateJoin.length, [...surrogateJoin].length, ('\ud83d'.concat('\ude00')).codePointAt(0).toString(16));
const joined = ['\ud83d', '\ude00'].join('');
console.log(joined === '😀', JSON.stringify('\ud83d'), JSON.stringify(joined), encodeURIComponent(joined));
try { 'x'.repeat(2 ** 29); } catch (e) { console.log(e.name + ': ' + e.message); }
const sb = [];
for (let i = 0; i < 3; i++) sb.push(String.fromCharCode(65 + i).repeat(i + 1));
console.log(sb.join('-'), sb.reverse().join(''), sb.map(x => x.toLowerCase()).join('').toUpperCase());
console.log([1, [2, [3, [4]]]].join(';'), [{}, []].join(), [undefined, null, 0, false, NaN].join('|'));
