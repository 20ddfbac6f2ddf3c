// Quantifiers, laziness, alternation order, empty alternatives, backreferences to unmatched groups, lastIndex with unicode.
console.log('<a><b>'.match(/<.+>/)[0], '<a><b>'.match(/<.+?>/)[0], 'aaaa'.match(/a{2,3}/)[0], 'aaaa'.match(/a{2,3}?/)[0], 'aaa'.match(/a{2,}/)[0]);
console.log('abc'.match(/a|ab|abc/)[0], 'abc'.match(/abc|ab|a/)[0], /(a|ab)(c|bcd)(d*)/.exec('abcd'), /(?:)|a/.exec('a')[0] === '');
console.log(/(a)|b/.exec('b'), /\1(a)/.exec('aa'), /(a)?\1b/.exec('b'), /(?:(a)|b)\1/.exec('bb')[0]);
console.log('aaa'.replace(/a*?/g, '-'), 'abc'.replace(/x*/g, '-'), 'abc'.split(/x*/), 'a,b,,c'.split(/,+/));
console.log(/^(?:a+)+$/.test('aaaaaaaaaaaaaaaaaaaa'), /a{0}/.exec('a')[0] === '', /a{1,1}b/.test('ab'), /x{3}/.test('xx'));
const r = /\u{1F600}|x/gu;
console.log(r.exec('😀x'), r.lastIndex, r.exec('😀x').index, r.lastIndex);
const nonU = /./g;
nonU.lastIndex = 1;
console.log(JSON.stringify(nonU.exec('😀x')[0]), nonU.lastIndex);
console.log('aBcAbC'.match(/(?<l>[a-z])(?<u>[A-Z])/g), 'x-y_z'.split(/([-_])/), /[\b]/.test('\b'), /\bfoo\b/.test('a foo.'), /\Bo/.exec('foo').index);
console.log('2+2=4'.replace(/\d\+\d/, m => eval === undefined ? m : String(4)), /[.*+?^${}()|[\]\\]/.test('a.b'), /\//.source, RegExp('/').source);
