// RegExp source/flags/toString printing and the constructor's handling of patterns and flags.
const cases = [/a\/b/g, new RegExp('a/b'), new RegExp(''), new RegExp('\n'), new RegExp('[/]'), /[\]/]/, new RegExp('\\/'), new RegExp('a', 'dgimsuy'), /\u{1F600}/u, new RegExp('\u2028'), /(?:)/, RegExp('x', 'v')];
for (const r of cases) console.log(r.source, JSON.stringify(r.flags), String(r), r.toString().length);
const re = /ab+c/gi;
console.log(re.global, re.ignoreCase, re.multiline, re.dotAll, re.unicode, re.sticky, re.hasIndices, re.unicodeSets, re.lastIndex);
const copy = new RegExp(re), copy2 = new RegExp(re, 'm'), same = RegExp(re);
console.log(copy !== re, copy.flags, copy2.flags, same === re, RegExp(re, 'g') === re, new RegExp(re).lastIndex);
console.log(String(RegExp.prototype), RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global, Object.prototype.toString.call(/x/));
console.log(RegExp.prototype.toString.call({ source: 'SRC', flags: 'FL' }), RegExp.length, RegExp.name, /x/.constructor === RegExp);
console.log(new RegExp(undefined).source, new RegExp(null).source, new RegExp(123).source, new RegExp('a', undefined).flags, new RegExp({ toString() { return 'obj'; } }).source);
const like = { [Symbol.match]: true, source: 'like', flags: 'i', constructor: RegExp };
console.log(RegExp(like) === like, new RegExp(like).source, new RegExp(like).flags);
console.log(/[a-z]/.test('Q'), /[a-z]/i.test('Q'), /^b$/m.test('a\nb\nc'), /^b$/.test('a\nb'), /a.c/.test('a\nc'), /a.c/s.test('a\nc'));
console.log(/\u{61}/.test('a'), /\u{61}/u.test('a'), /^.$/.test('😀'), /^.$/u.test('😀'), /\p{Lu}/u.test('É'), /\p{Script=Greek}+/u.exec('abc αβγ')[0]);
const esc = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const needle = 'a.b*c(1)';
console.log(esc(needle), new RegExp(esc(needle)).test('xx a.b*c(1) yy'), new RegExp(esc(needle)).test('aXb*c(1)'));
console.log(Object.keys(/x/), Object.getOwnPropertyNames(/x/), JSON.stringify(/x/), JSON.stringify({ r: /x/g }));
console.log(/a/ instanceof RegExp, typeof /a/, /x/y.flags, /x/gimsuyd.flags, [/b/, /a/].sort().map(String));
