// Iterating strings: for-of by code point, index access, Array.from with map, spread into Set, entries.
const s = 'héllo 👋🏽 wörld';
let n = 0;
for (const ch of s) n++;
console.log(s.length, n, [...s].length, Array.from(s, c => c.codePointAt(0).toString(16)).join(' '));
for (let i = 0; i < 8; i++) process.stdout.write(JSON.stringify(s[i]) + (i < 7 ? ',' : '\n'));
const freq = {};
for (const c of 'mississippi') freq[c] = (freq[c] || 0) + 1;
console.log(freq, Object.entries(freq).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
console.log(new Set('banana'), [...new Set('banana')].join(''), Array.from('abc').entries().next());
console.log(Array.prototype.map.call('abc', c => c + c), Array.prototype.filter.call('a1b2', c => /\d/.test(c)), Array.prototype.join.call('abc', '-'));
const rev = str => [...str].reverse().join('');
console.log(rev('hello'), rev('👋🏽ab'), rev('noël'), rev(''));
const isPal = str => { const t = str.toLowerCase().replace(/[^a-z0-9]/g, ''); return t === [...t].reverse().join(''); };
console.log(isPal('A man, a plan, a canal: Panama'), isPal('race a car'), isPal(''));
const chunk = (str, k) => str.match(new RegExp(`.{1,${k}}`, 'g')) ?? [];
console.log(chunk('abcdefghij', 3), chunk('', 2), chunk('ab', 5));
const words = 'The quick brown fox';
console.log(words.split(' ').map(w => w[0]).join(''), words.split(' ').map(w => w.length), words.split(' ').sort((a, b) => b.length - a.length)[0]);
const it = s[Symbol.iterator]();
const firsts = [it.next().value, it.next().value];
console.log(firsts, [...it].length, String.prototype[Symbol.iterator].name, typeof it[Symbol.iterator]);
const str = 'abc';
str[0] = 'z';
str.foo = 1;
console.log(str, str.foo, str.length, Object.getOwnPropertyDescriptor(str, 0), Object.getOwnPropertyDescriptor(str, 'length'));
console.log('x'.length = 5, 'abc'.hasOwnProperty(1), 'abc'.hasOwnProperty(3), 1 in Object('abc'), Object.keys(Object('ab')));
'use strict';
try { (function () { 'use strict'; 'abc'[0] = 'q'; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (function () { 'use strict'; 'abc'.length = 1; })(); } catch (e) { console.log(e.name + ': ' + e.message); }
