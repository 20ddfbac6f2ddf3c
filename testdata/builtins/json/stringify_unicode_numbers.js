// stringify's escaping of every control character and its number formatting.
let controls = '';
for (let i = 0; i < 0x20; i++) controls += String.fromCharCode(i);
console.log(JSON.stringify(controls));
console.log(JSON.stringify('\u007f\u0080\u00ff\u2028\u2029\ufeff\uffff'));
console.log(JSON.stringify('\ud800\udc00'), JSON.stringify('\udc00\ud800'), JSON.stringify('a\ud800b'), JSON.stringify('\udfff'));
console.log(JSON.stringify({ '\n': 'key with newline', 'é': 1, '"': 2 }));
const nums = [0, -0, 1, -1, 0.1, 1e-6, 1e-7, 123e-20, 1e20, 1e21, 1.5e300, 2 ** 31, -(2 ** 53), 0.000001234, 100, 1e2, 255 / 256, 1 / 3];
console.log(JSON.stringify(nums));
console.log(JSON.stringify([new Number(-0), Object(NaN), Object(Infinity)]));
console.log(JSON.stringify({ a: 1 }, null, '\u2028'), JSON.stringify([1], null, '\t\t'));
console.log(JSON.stringify('\\u0041'), JSON.parse(JSON.stringify('\\u0041')));
const allAscii = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
const back = JSON.parse(JSON.stringify(allAscii));
console.log(back === allAscii, JSON.stringify(allAscii).length);
