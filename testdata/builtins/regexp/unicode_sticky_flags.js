// u, v, s, m, i and y flags in everyday patterns: emoji, case folding, line anchors, tokenizers.
console.log('😀😁'.match(/./g).length, '😀😁'.match(/./gu).length, /^\u{1F600}$/u.test('😀'), /\u{1F600}/.test('u'.repeat(1)));
console.log(/[😀-😂]/u.test('😁'), /\p{Emoji_Presentation}/u.test('😀'), /\p{L}+/u.exec('¡Hola, señor!')[0], /\p{N}+/u.exec('x٣٤y')[0]);
console.log(/ſ/i.test('s'), /\u212A/iu.test('k'), /[a-z]/i.test('K'), /ß/i.test('SS'), /é/i.test('É'), /[à-ÿ]/i.test('Ç'));
console.log('line1\nline2\r\nline3'.match(/^\w+$/gm), 'a\nb'.match(/a.b/), 'a\nb'.match(/a.b/s)[0].length, /^$/m.test('x\n\ny'));
const tokenize = src => {
  const re = /\s*(?:(?<num>\d+(?:\.\d+)?)|(?<id>[A-Za-z_]\w*)|(?<op>[-+*/()=]))/y;
  const out = [];
  let m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    const [kind, text] = Object.entries(m.groups).find(([, v]) => v !== undefined);
    out.push(`${kind}:${text}`);
  }
  return [out, re.lastIndex];
};
console.log(tokenize('x = 3.5 * (y + 42)'), tokenize('a + $'));
console.log('aBc'.replace(/b/iy, 'X'), /b/y.test('ab'), (() => { const r = /b/y; r.lastIndex = 1; return r.test('ab'); })());
console.log('x'.match(/x/dgimsuy) !== null, new RegExp('\\d', 'v').test('5'), /[a-c]/v.test('b'), /x/v.unicodeSets, /x/v.flags);
console.log('Ünïcödé'.normalize('NFD').replace(/\p{M}/gu, ''), 'ＡＢＣ１２３'.replace(/[\uFF01-\uFF5E]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)));
console.log('a1b2'.replace(/\d/gy, '#'), '12ab'.replace(/\d/gy, '#'), '\u2028'.match(/./) === null, '\u2028'.match(/./s)[0] === '\u2028');
