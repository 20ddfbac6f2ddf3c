// UTF-16 code units versus code points: emoji, astral letters, lone surrogates.
const s = 'a😀b𝒳';
console.log(s.length, [...s].length, Array.from(s));
for (let i = 0; i < s.length; i++) {
  console.log(i, s.charCodeAt(i).toString(16), s.codePointAt(i).toString(16), JSON.stringify(s[i]));
}
console.log(s.at(-1) === '\udcb3', s.at(-2).charCodeAt(0).toString(16));
console.log(String.fromCodePoint(0x1f600, 0x61, 0x10ffff).length);
console.log(String.fromCharCode(0xd83d, 0xde00) === '😀');
console.log(String.fromCharCode(65.9, 0x10041, -1).split('').map(c => c.charCodeAt(0)));
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name, e.message); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.name, e.message); }
try { String.fromCodePoint(-1); } catch (e) { console.log(e.name, e.message); }
const lone = 'x\ud800y';
console.log(lone.length, lone.isWellFormed(), JSON.stringify(lone.toWellFormed()));
console.log('😀'.isWellFormed(), '\udc00\ud800'.toWellFormed().split('').map(c => c.charCodeAt(0).toString(16)));
console.log(JSON.stringify('😀'.slice(0, 1)), JSON.stringify('😀'.slice(1)));
console.log(('😀'.slice(0, 1) + '😀'.slice(1)) === '😀');
console.log('😀😁'.split(''), '😀😁'.split('').length);
console.log([...'😀😁'].reverse().join(''));
console.log('a😀'.padEnd(6, '😁').length, 'a😀'.padEnd(5, '😁'));
console.log('😀'.codePointAt(1), '😀'.codePointAt(2));
console.log('abc'.codePointAt(-1), 'abc'.charCodeAt(3), JSON.stringify('abc'.charAt(5)));
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length, 'Σ'.toLowerCase(), 'ΌΣΟΣ'.toLowerCase());
console.log('ﬁ'.toUpperCase(), 'ǅ'.toLowerCase(), 'ǆ'.toUpperCase());
const it = 'a😀'[Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
console.log(Object.prototype.toString.call(it), it[Symbol.toStringTag]);
