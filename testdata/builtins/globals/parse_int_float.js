// parseInt/parseFloat: prefixes, radix, whitespace, partial parses, huge and tiny values.
const ints = ['42', '  42px', '-0', '+17', '0x1F', '0X1f', '-0xF', '1e3', '12.9', '.5', '', '   ', 'abc', '08', '0b11', '1_000', '٣', '\u00a0\n 7', '9007199254740993', '1'.repeat(400), 'Infinity'];
for (const s of ints) console.log(JSON.stringify(s.length > 30 ? s.slice(0, 10) + '…' : s), parseInt(s), parseInt(s, 10), parseInt(s, 16));
console.log(parseInt('ff', 16), parseInt('FF', 36), parseInt('z', 37), parseInt('10', 1), parseInt('10', 0), parseInt('10', 2.9), parseInt('10', '8'), parseInt('0x10', 16), parseInt('0x10', 10));
console.log(parseInt(null, 36), parseInt(undefined, 36), parseInt(0.00000005), parseInt(1e21), parseInt(-0.9), Object.is(parseInt('-0'), -0), parseInt([' 5', 6]));
console.log(parseInt('12', -1), parseInt('12', 4294967298), parseInt('7', NaN), parseInt('123', 3));
const floats = ['3.14', '  -2.5e3xyz', '.5', '5.', '-.5e-2', '1e1000', '-1e1000', '1e-400', 'Infinity', '-Infinityx', 'infinity', '0x10', '1_5', '+-1', '١', '1.2.3', '0.0000001', '123456789012345678901234567890', ''];
for (const s of floats) console.log(JSON.stringify(s), parseFloat(s));
console.log(parseFloat({ toString() { return '9.5kg'; } }), parseFloat([1.5, 2]), parseFloat(true), parseFloat(0.1 + 0.2), Object.is(parseFloat('-0'), -0));
console.log(['1', '2', '3'].map(parseInt), ['1', '2', '3'].map(Number), ['1.5', '2.5'].map(parseFloat));
try { parseInt(Symbol('x')); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(parseInt.length, parseFloat.length, parseInt.name, typeof globalThis.parseInt, Number.parseInt === globalThis.parseInt);
