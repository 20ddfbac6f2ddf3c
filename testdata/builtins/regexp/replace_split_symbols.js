// RegExp Symbol.replace / Symbol.split / Symbol.search via String methods, subclasses and species.
console.log('a-b_c d'.split(/[-_ ]/), 'a-b_c d'.split(/([-_ ])/, 3), 'abc'.split(/b*/), 'abc'.split(/(b)*/));
console.log(''.split(/x/), ''.split(/(?:)/), 'ab'.split(/$/), 'a\nb\r\nc'.split(/\r?\n/));
console.log('aaa'.replace(/a/gy, 'b'), 'baaa'.replace(/a/gy, 'b'), 'xax'.replace(/a/y, 'b'));
console.log('abc'.replace(/(?<first>a)/, '[$<first>$<first>]'), 'abc'.replace(/b/g, '$`$\''), 'x'.replace(/x/, '$0$00$1'));
class Upper extends RegExp {
  [Symbol.replace](s, r) { return super[Symbol.replace](s, r).toUpperCase(); }
  exec(s) { const m = super.exec(s); if (m) m[0] = m[0] + '!'; return m; }
}
const u = new Upper('b', 'g');
console.log('abcb'.replace(u, '-'), u instanceof RegExp, u.constructor.name, 'abc'.match(new Upper('b')));
console.log(RegExp.prototype[Symbol.replace].call(/o/g, 'foo', 'x'), RegExp.prototype[Symbol.split].call(/,/, 'a,b,c', 2));
console.log(RegExp.prototype[Symbol.search].call(/c/, 'abc'), RegExp.prototype[Symbol.match].call(/\d/g, 'a1b2'));
const execLog = [];
const spy = /a/g;
spy.exec = function (s) { execLog.push(this.lastIndex); return RegExp.prototype.exec.call(this, s); };
console.log('banana'.replace(spy, 'o'), execLog);
console.log('x1y22z'.replace(/\d+/g, n => `<${n.length}>`), 'AbC'.replace(/[A-Z]/g, (c, i) => (i ? '_' : '') + c.toLowerCase()));
const counts = {};
'the cat and the hat'.replace(/\w+/g, w => { counts[w] = (counts[w] || 0) + 1; return w; });
console.log(counts);
class NoSpecies extends RegExp { static get [Symbol.species]() { return RegExp; } }
const ns = new NoSpecies('x', 'g');
console.log('axbx'.split(ns), [...'axbx'.matchAll(ns)].length, ns.flags);
console.log('aaaa'.replace(/a/g, () => '$&'), 'aaaa'.replace(/(a)(a)/, '$2$1'), '1.2.3'.replace(/\./g, '$$'));
