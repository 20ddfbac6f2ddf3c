// Comparison of strings: < and > by code units, equality after trimming/normalizing, sorting mixed case and accents.
console.log('a' < 'b', 'B' < 'a', 'apple' < 'apricot', 'Z' < 'a', '10' < '9', '10' < 9, 'abc' < 'abcd', '' < 'a', '😀' > '\uffff', '\ud83d\ude00' === '😀');
const names = ['éclair', 'Eclair', 'eclair', 'Zoë', 'zoe', 'Ångström', 'angstrom', 'Ölaf', 'olaf', 'ß', 'ss'];
console.log([...names].sort());
console.log([...names].sort((a, b) => a.localeCompare(b)));
console.log([...names].sort((a, b) => a.normalize('NFD').toLowerCase() < b.normalize('NFD').toLowerCase() ? -1 : 1));
console.log(' a '.trim() === 'a', 'a\u00a0'.trim() === 'a', 'a\u200b'.trim() === 'a', '\ufeffa'.trim() === 'a', 'A' === 'a'.toUpperCase());
console.log('straße'.toUpperCase() === 'STRASSE', 'İ'.toLowerCase() === 'i̇', 'i̇'.length, 'ΣΑΣ'.toLowerCase(), 'ﬃ'.toUpperCase());
console.log(['b', 'a', 'c'].sort().reverse(), ['b', undefined, 'a'].sort(), ['10', '1', '2'].sort(), ['x10', 'x9', 'x1'].sort((a, b) => a.localeCompare(b)));
const dedupe = arr => [...new Map(arr.map(s => [s.trim().toLowerCase().normalize(), s])).values()];
console.log(dedupe([' Apple', 'apple', 'APPLE ', 'Banana', 'café', 'cafe\u0301']));
console.log('abc'.localeCompare('ABC'), 'abc'.localeCompare('abc'), 'a'.localeCompare('á'), 'á'.localeCompare('b'), 'résumé'.localeCompare('resume'), 'ä'.localeCompare('z'));
console.log(String(['a', 'b'] < ['a', 'c']), [2] > 1, null >= 'null', 'b' > 'a' > 'Z');
