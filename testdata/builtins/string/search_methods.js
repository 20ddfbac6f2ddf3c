// indexOf/lastIndexOf/includes/startsWith/endsWith with positions and coercions.
const s = 'the quick brown fox jumps over the lazy dog';
console.log(s.indexOf('the'), s.indexOf('the', 1), s.lastIndexOf('the'), s.lastIndexOf('the', 30));
console.log(s.indexOf(''), s.indexOf('', 100), s.lastIndexOf(''), s.lastIndexOf('', 3));
console.log(s.indexOf('o', -5), s.lastIndexOf('o', -5), s.indexOf('zzz'), s.lastIndexOf('T'));
console.log(s.includes('fox'), s.includes('fox', 20), s.includes(''), s.includes('Fox'));
console.log(s.startsWith('the'), s.startsWith('quick', 4), s.startsWith('quick', 3));
console.log(s.endsWith('dog'), s.endsWith('lazy', 39), s.endsWith('the', 3), s.endsWith(''));
console.log('aaa'.lastIndexOf('a', NaN), 'aaa'.lastIndexOf('a', 0), 'aaa'.indexOf('a', Infinity));
console.log('abc'.indexOf('c', '1'), 'a,b'.includes(','), '12345'.indexOf(3), 'null'.indexOf(null));
console.log('undefined'.includes(), 'abc'.startsWith(), 'undefined'.endsWith());
for (const m of ['includes', 'startsWith', 'endsWith']) {
  try { 'abc'[m](/a/); } catch (e) { console.log(m, e.name + ': ' + e.message); }
}
const re = /a/;
re[Symbol.match] = false;
console.log('/a/'.startsWith(re), '/a/'.includes(re));
console.log('😀a😀'.indexOf('a'), '😀a😀'.lastIndexOf('😀'), '😀a😀'.indexOf('\ude00'));
console.log('Straße'.includes('SS'), 'Straße'.toUpperCase().includes('SS'));
const path = '/usr/local/lib/node_modules/pkg/index.js';
console.log(path.slice(path.lastIndexOf('/') + 1), path.slice(0, path.indexOf('/', 1)));
console.log(path.substring(path.lastIndexOf('.')), path.search('lib'), path.search(/\d/));
console.log('a-b-c'.at(0), 'a-b-c'.at(-1), 'a-b-c'.at(10), 'a-b-c'.at('1'), 'a-b-c'.at(NaN));
