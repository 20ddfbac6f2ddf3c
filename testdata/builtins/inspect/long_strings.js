// Long strings: splitting on newlines inside containers and the 80 column limit.
const para = 'The quick brown fox jumps over the lazy dog.\nPack my box with five dozen liquor jugs.\nHow vexingly quick daft zebras jump!';
console.log({ para });
console.log([para]);
console.log({ nested: { deeper: { text: 'line one\nline two\nline three is a bit longer than the others' } } });
const long = 'x'.repeat(100);
console.log([long]);
console.log({ long, short: 'y' });
console.log(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]);
console.log(['a'.repeat(15), 'b'.repeat(15), 'c'.repeat(15), 'd'.repeat(15)]);
console.log({ multi: 'short\nlines' });
console.log({ trailing: 'ends with newline that is quite long to force the split rule\n' });
console.log(['one\n', 'two\n']);
const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split(' ');
console.log(words);
console.log({ words });
console.log([words.join(' ')]);
console.log('x'.repeat(200).length, ['z'.repeat(77)], ['z'.repeat(78)]);
