const m = /(?<word>b\w+)/d.exec('a bcd e');
console.log(m.indices[0], m.indices.groups.word);
console.log('price: $42, cost: $7'.match(/(?<=\$)\d+/g), 'x1 y2'.replace(/(?<!x)\d/g, '#'));
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, sticky.test('barfoo'), sticky.lastIndex);
console.log('aBc'.replace(/b/i, m => `[${m}]`), 'a.b.c'.split('.', 2), 'tab\tsep'.split(/\t/));
console.log(/\p{L}+/u.exec('123 héllo')[0], /^.$/u.test('😀'), /^.$/.test('😀'));
console.log('2024-01-02'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), 'aaa'.replace(/a/g, '$&$&'), 'x'.replace('x', '$$'));
const re = /(a)|(b)/g;
console.log([...'ab'.matchAll(re)].map(x => [x[0], x[1], x[2], x.index]));
console.log(new RegExp('a+', 'g').flags, /x/gimsuy.flags, new RegExp('/', 'g').source);
try {
  RegExp('[');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
