// match/matchAll/search with and without g, string arguments, custom Symbol methods.
const text = 'Contact: ann@example.com, bob.smith@mail.org; invalid@; eve@x.io';
const email = /([\w.]+)@([\w.]+\.\w+)/g;
console.log(text.match(email), text.match(/nothing/g), text.match(/nothing/));
const first = text.match(/([\w.]+)@([\w.]+)/);
console.log(first[0], first[1], first[2], first.index, first.length);
for (const m of text.matchAll(email)) console.log(m.index, m[1], m[2], m.input.length);
const all = [...'a1b2c3'.matchAll(/[a-z](\d)/g)].map(m => m[1] + '@' + m.index);
console.log(all, typeof 'x'.matchAll(/x/g).next, Object.prototype.toString.call('x'.matchAll(/x/g)));
const it = 'aXbX'.matchAll(/X/g);
console.log(it.next(), it.next().value.index, it.next(), it[Symbol.iterator]() === it);
console.log('abc'.match('b'), 'a.c'.match('.'), 'abc'.match(), 'abc'.match(null), 'null'.match(null));
console.log('abc'.search('c'), 'abc'.search(/[bc]/), 'abc'.search(/z/), 'a.c'.search('.'), 'abc'.search());
const g = /o/g;
g.lastIndex = 5;
console.log('foo boo'.search(g), g.lastIndex, 'foo boo'.match(g), g.lastIndex);
console.log([...'one two  three'.matchAll(/\w+/g)].map(m => [m[0], m.index]));
console.log('2024-01-02 and 2025-12-31'.match(/\d{4}-\d{2}-\d{2}/g).map(d => d.split('-').reverse().join('.')));
const custom = { [Symbol.match](s) { return ['custom:' + s]; }, [Symbol.search]() { return 42; } };
const customAll = { [Symbol.matchAll](s) { return [s, s][Symbol.iterator](); } };
console.log('q'.match(custom), 'q'.search(custom), [...'q'.matchAll(customAll)]);
try { 'q'.matchAll({ [Symbol.match]: true, flags: undefined }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'x'.matchAll(/x/); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([...'aaa'.matchAll('a')].length, [...'a.b.c'.matchAll('.')].map(m => m.index));
const words = 'The rain in SPAIN stays mainly in the plain';
console.log(words.match(/ain/gi), words.match(/\bs\w+/i), words.match(/(?<w>\w*ain)\b/).groups.w);
console.log('tel: +1 (555) 123-4567'.replace(/\D/g, ''), '  x  '.match(/^\s*(.*?)\s*$/)[1]);
