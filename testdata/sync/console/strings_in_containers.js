console.log(['single \' quote', 'double " quote', 'both \' and "', 'backtick ` too \' "']);
console.log({ s: 'line1\nline2', t: 'tab\there', u: 'uni\u0001code', e: '\u001b[31m' });
console.log('top-level strings are printed raw: \' " \n (newline above)');
console.log([''], [' '], { k: '' });
const longStr = 'word '.repeat(30);
console.log([longStr]);
