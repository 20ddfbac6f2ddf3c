// normalize in the four forms; accents stripping; compatibility characters.
const words = ['Crème Brûlée', 'naïve café', 'Ångström', 'Zoë', 'résumé'];
for (const w of words) {
  const d = w.normalize('NFD');
  console.log(w, w.length, d.length, d.replace(/[\u0300-\u036f]/g, ''), d.normalize('NFC') === w);
}
const samples = ['\ufb01', 'x\u00b2', '\u2460\u2461', '\uff21\uff22', '\u1e9b\u0323', '\u212b', '\u2126', 'e\u0302\u0323', '\u3300', '\u00bd'];
for (const s of samples) {
  const forms = ['NFC', 'NFD', 'NFKC', 'NFKD'].map(f => {
    const n = s.normalize(f);
    return f + ':' + [...n].map(c => c.codePointAt(0).toString(16)).join(' ');
  });
  console.log(JSON.stringify(s), forms.join(' | '));
}
// Hangul syllables compose and decompose algorithmically.
const han = '한국어';
console.log(han.normalize('NFD').length, han.normalize('NFD').normalize('NFC') === han);
console.log('\u1100\u1161\u11a8'.normalize() === '\uac01');
// Equivalent strings compare equal only once normalized.
const a = 'caf\u00e9', b = 'cafe\u0301';
console.log(a === b, a.normalize() === b.normalize(), a.length, b.length);
console.log(a.localeCompare(b));
console.log(''.normalize(), 'abc'.normalize('NFKD'));
for (const f of ['nfc', 'NFX', '', null]) {
  try { 'a'.normalize(f); } catch (e) { console.log(String(f), e.name + ': ' + e.message); }
}
console.log('a'.normalize(undefined));
console.log(String.prototype.normalize.length, String.prototype.normalize.name);
