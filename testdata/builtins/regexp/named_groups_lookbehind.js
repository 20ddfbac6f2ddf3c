// Named groups, backreferences, lookahead and lookbehind, the d flag's indices.
const date = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/;
const m = date.exec('on 2024-03-15.');
console.log(m.groups, m.groups.year, Object.getPrototypeOf(m.groups), m.index);
const { groups: { day, month } } = m;
console.log(day, month);
console.log('2024-03-15'.replace(date, '$<day>/$<month>/$<year>'), '2024-03-15'.replace(date, (...a) => JSON.stringify(a.at(-1))));
console.log(/(?<q>['"]).*?\k<q>/.exec(`say "hi" and 'bye'`)[0], /(\w)\1/.exec('hello')[0], /(?<a>x)\k<a>\1/.test('xxx'));
console.log('price: $42, €17, $5'.match(/(?<=\$)\d+/g), 'price: $42, €17, $5'.match(/(?<!\$)\b\d+/g));
console.log('foobar foobaz'.match(/foo(?=baz)/g), 'foobar foobaz'.replace(/foo(?!bar)/g, 'X'));
console.log('1234567.891'.replace(/\B(?=(\d{3})+(?!\d))/g, ','), 'abc'.replace(/(?<=a)/, '|'), 'abcabc'.replace(/(?<=b)c/g, 'C'));
console.log(/(?<=(\d)(\d))x/.exec('12x'), /(?<=\1(a))b/.exec('aab'));
const d = /(?<word>b+)(c)?/d.exec('aabbbd');
console.log(d.indices, d.indices.groups, d.indices[2]);
console.log(/a/d.hasIndices, /a/.hasIndices, /a/dgimsuy.flags);
for (const [src, flags] of [['(?<n>a)|(?<n>b)', ''], ['(?<1x>a)', ''], ['\\k<nope>(?<x>a)', 'u'], ['(?<=a', ''], ['a{2,1}', ''], ['[b-a]', ''], ['(', ''], ['a**', ''], ['\\p{Foo}', 'u']]) {
  try { new RegExp(src, flags); console.log('ok', src); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('a', 'z'); } catch (e) { console.log(e.name + ': ' + e.message); }
