for (const h of ['münchen.de', 'MÜNCHEN.DE', '例え.テスト', 'bücher.example', 'xn--mnchen-3ya.de', 'ñ.com', 'a.ü.b', 'faß.de', '日本語。jp', 'пример.рф', 'café.fr']) {
  try { console.log(h, new URL('http://' + h + '/p').host); } catch (e) { console.log(h, e.code); }
}
const url = require('url');
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com') === '' ? 'empty' : 'kept', JSON.stringify(url.domainToASCII('a b')), url.domainToASCII('EXAMPLE.org'));
