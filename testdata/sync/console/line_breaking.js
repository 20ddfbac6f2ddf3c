const short = { a: 1, b: 'two', c: [3] };
const long = { alpha: 'a fairly long string value', beta: 'another long string here', gamma: 12345, delta: [1, 2, 3] };
console.log(short);
console.log(long);
console.log({ nested: long, more: short });
console.log([long, short]);
console.log({ text: 'x'.repeat(100) });
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]);
console.log({ list: Array.from({ length: 30 }, (_, i) => i * 1000) });
