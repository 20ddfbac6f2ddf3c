// How strings are quoted and escaped inside containers.
console.log(['plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'all \' " ${x}']);
console.log({ a: 'tab\there', b: 'nl\nhere', c: 'cr\r', d: 'nul\0', e: 'bell\x07', f: 'del\x7f' });
console.log(['back\\slash', '\u0085 next line', '\u00a0nbsp', '\x1b[31mred']);
console.log(['é', 'ü', '日本語', '😀', 'a\u0301']);
console.log(['\ud83d', '\ude00x', 'x\ud800y', '\udfff\ud800']);
console.log('top level strings are printed raw: \'quoted\' "double"');
console.log('two', 'args', ['in', 'array']);
console.log(['', ' ', '  ']);
const s = String.fromCharCode(0, 1, 2, 8, 9, 10, 11, 12, 13, 14, 31);
console.log([s]);
console.log({ 'key with space': 1, 'a-b': 2, a_b: 3, $dollar: 4, _u: 5, '1abc': 6, 'ünï': 7 });
console.log({ "it's": 1, 'say "x"': 2, '': 3 });
console.log(new Map([['k\'ey', 'v"al'], ['\n', '\t']]));
console.log(new Set(['\'', '"', '`']));
console.log([String.raw`a\nb`, 'c:\\dir\\file']);
